namespace CoCreation.Web.Data;

/// <summary>
/// How one member's government answers what is forwarded to it, computed by PostgreSQL
/// (<see cref="PortalDbContext.ResponseTimesOf"/>, percentile_cont over the answered ones): the median days from
/// forwarding to answer, how many were answered and how many wait. A read-only query type: pages compose it into their
/// own query, so it costs no round trip of its own.
/// </summary>
public sealed class ResponseTimes
{
    public int MemberId { get; private set; }

    public long Answered { get; private set; }

    public double? MedianDays { get; private set; }

    public long Waiting { get; private set; }
}
