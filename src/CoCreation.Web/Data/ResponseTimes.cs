namespace CoCreation.Web.Data;

/// <summary>
/// How one member's government answers what is forwarded to it, computed by PostgreSQL in one statement
/// (<see cref="Sql"/>, percentile_cont over the answered ones): the median days from forwarding to answer, how many
/// were answered and how many wait. A read-only query type: pages compose it into their own query, so it costs
/// no round trip of its own, and PostgreSQL pushes the member's id into the grouped statement.
/// </summary>
public sealed class ResponseTimes
{
    public const string Sql = """
        SELECT s.member_id,
               count(*) FILTER (WHERE s.status = 'Answered') AS answered,
               percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM s.answered_at - s.forwarded_at) / 86400)
                   FILTER (WHERE s.status = 'Answered') AS median_days,
               count(*) FILTER (WHERE s.status = 'Forwarded') AS waiting
        FROM submissions s
        WHERE s.forwarded_at IS NOT NULL AND s.status IN ('Forwarded', 'Answered')
        GROUP BY s.member_id
        """;

    public int MemberId { get; private set; }

    public long Answered { get; private set; }

    public double? MedianDays { get; private set; }

    public long Waiting { get; private set; }
}
