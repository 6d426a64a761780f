using CoCreation.Domain.Scorecards;
using CoCreation.Web.Infrastructure;
using Microsoft.Extensions.Options;

namespace CoCreation.Web.Features.Scorecards;

/// <summary>
/// One member's scorecard for one cycle (the running or latest one unless asked): each minimum requirement
/// of the Participation and Co-Creation Standards met, not met or not yet measurable, with its figures and
/// evidence. Two database round trips.
/// </summary>
public static class ForMember
{
    [Allow(Audience.Anonymous)]
    public sealed record Query(string Code, string? Cycle = null) : IQuery<Model?>;

    /// <param name="CycleUnknown">A cycle was asked for that the member has no record of: the default one is shown instead.</param>
    /// <param name="ResponseTimes">The response clock across cycles: how the member's government answers now.</param>
    /// <param name="ContinuedInDialogue">Of the cycle's answered submissions, those that went on in dialogue after the answer.</param>
    public sealed record Model(
        string Code,
        LocalizedText Name,
        IReadOnlyList<string> Cycles,
        bool CycleUnknown,
        Scorecard Scorecard,
        ResponseTimesSummary ResponseTimes,
        int ContinuedInDialogue
    );

    public sealed class Handler(PortalDbContext db, TimeProvider clock, IOptions<PortalOptions> options) : IQueryHandler<Query, Model?>
    {
        public async ValueTask<Model?> Handle(Query query, CancellationToken cancellationToken)
        {
            var code = (query.Code ?? "").Trim().ToUpperInvariant();
            if (code.Length is 0 or > 12)
            {
                return null;
            }

            var member = (
                await ScorecardRecords.MembersAsync(db, db.Members.Where(m => m.Code == code), null, withClock: true, cancellationToken)
            ).SingleOrDefault();
            if (member is null)
            {
                return null;
            }

            var now = clock.GetUtcNow();
            var cycles = ScorecardRecords.Cycles(member, now);
            var asked = query.Cycle?.Trim();
            var cycle = asked is not null && cycles.Contains(asked) ? asked : CyclePeriod.Current(cycles, now)!;
            var period = CyclePeriod.Of(cycle);
            var submissions = await ScorecardRecords.SubmissionsAsync(
                db,
                [member.Id],
                period.Start,
                period.End,
                withTitles: true,
                withDialogue: true,
                cancellationToken
            );
            var scorecard = ScorecardRules.Compute(
                ScorecardRecords.Record(member, period, submissions.Select(s => s.Fact)),
                ScorecardRecords.Thresholds(options.Value),
                now
            );
            return new Model(
                member.Code,
                member.Name,
                cycles,
                !string.IsNullOrEmpty(asked) && asked != cycle,
                scorecard,
                member.ResponseTimes,
                submissions.Count(s => s.ContinuedInDialogue)
            );
        }
    }
}
