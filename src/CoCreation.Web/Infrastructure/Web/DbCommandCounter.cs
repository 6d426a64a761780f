using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CoCreation.Web.Infrastructure.Web;

/// <summary>
/// Counts the SQL commands the portal sends while it answers a request (QUALITY.md: at most three round
/// trips per page). The background workers' commands (fan-out, digests, the outbox sender) run outside any
/// request and are left out, as are the Data Protection key reads: they are not the page's work, and a
/// worker that happens to run during a measured request must not change its count.
/// </summary>
public sealed class DbCommandCounter(IHttpContextAccessor requests) : DbCommandInterceptor
{
    private static readonly AsyncLocal<bool> Measured = new();
    private long _count;

    /// <summary>Until disposed, counts this flow's commands also outside a request (a query sent directly).</summary>
    public static IDisposable Measure()
    {
        Measured.Value = true;
        return new Measurement();
    }

    public long Count => Interlocked.Read(ref _count);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command,
        CommandEventData eventData,
        InterceptionResult<DbDataReader> result,
        CancellationToken cancellationToken = default
    )
    {
        Tally(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command,
        CommandEventData eventData,
        InterceptionResult<object> result,
        CancellationToken cancellationToken = default
    )
    {
        Tally(command);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command,
        CommandEventData eventData,
        InterceptionResult<int> result,
        CancellationToken cancellationToken = default
    )
    {
        Tally(command);
        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }

    private void Tally(DbCommand command)
    {
        if (
            (requests.HttpContext is not null || Measured.Value)
            && !command.CommandText.Contains("outbox_messages", StringComparison.Ordinal)
            && !command.CommandText.Contains("data_protection_keys", StringComparison.Ordinal)
        )
        {
            Interlocked.Increment(ref _count);
        }
    }

    private sealed class Measurement : IDisposable
    {
        public void Dispose() => Measured.Value = false;
    }
}
