using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CoCreation.Web.Infrastructure.Web;

/// <summary>
/// Counts the SQL commands the portal sends (QUALITY.md: at most three round trips per page). The
/// outbox sender's and the Data Protection key reads are left out: they are not the page's work.
/// </summary>
public sealed class DbCommandCounter : DbCommandInterceptor
{
    private long _count;

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
            !command.CommandText.Contains("outbox_messages", StringComparison.Ordinal)
            && !command.CommandText.Contains("data_protection_keys", StringComparison.Ordinal)
        )
        {
            Interlocked.Increment(ref _count);
        }
    }
}
