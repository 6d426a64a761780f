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

    public long Count => Interlocked.Read(ref _count);

    /// <summary>Until disposed, counts this flow's commands also outside a request (a query sent directly).</summary>
    public static IDisposable Measure()
    {
        Measured.Value = true;
        return new Measurement();
    }

    /// <summary>EF Core makes and initializes a command for each execution (reader, scalar or non-query alike).</summary>
    public override DbCommand CommandInitialized(CommandEndEventData eventData, DbCommand result)
    {
        if (
            (requests.HttpContext is not null || Measured.Value)
            && !result.CommandText.Contains("outbox_messages", StringComparison.Ordinal)
            && !result.CommandText.Contains("data_protection_keys", StringComparison.Ordinal)
        )
        {
            Interlocked.Increment(ref _count);
        }

        return base.CommandInitialized(eventData, result);
    }

    private sealed class Measurement : IDisposable
    {
        public void Dispose() => Measured.Value = false;
    }
}
