using Microsoft.EntityFrameworkCore.Storage;

namespace CoCreation.Web.Data;

/// <summary>
/// Runs a long read so that EF Core streams its rows instead of buffering them. The portal's context
/// retries on transient faults (PortalServices), and a retrying strategy makes EF read a query's whole
/// result into memory before the first row (it must be able to run it again from the start): for a
/// 100 000-row download that is the whole table in the process. Inside <see cref="RunAsync"/> the
/// current strategy is a single attempt, so EF compiles the queries it starts there as streaming
/// (EF decides from <c>ExecutionStrategy.Current</c>). The price: a connection lost mid-download is not
/// retried and the download stops — the client asks again, which it has to do for any broken transfer.
/// </summary>
public static class Unbuffered
{
    public static Task RunAsync(DbContext db, Func<CancellationToken, Task> read, CancellationToken cancellationToken) =>
        new SingleAttempt(db).ExecuteAsync(
            read,
            static async (_, work, ct) =>
            {
                await work(ct);
                return true;
            },
            verifySucceeded: null,
            cancellationToken
        );

    private sealed class SingleAttempt(DbContext db) : ExecutionStrategy(db, maxRetryCount: 0, maxRetryDelay: TimeSpan.Zero)
    {
        protected override bool ShouldRetryOn(Exception exception) => false;
    }
}
