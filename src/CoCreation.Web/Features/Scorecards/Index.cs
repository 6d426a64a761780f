using CoCreation.Domain.Common;
using CoCreation.Domain.Members;
using CoCreation.Domain.Scorecards;
using CoCreation.Web.Data;
using CoCreation.Web.Infrastructure;
using Mediator;
using Microsoft.Extensions.Options;

namespace CoCreation.Web.Features.Scorecards;

/// <summary>
/// Every member's scorecard for its running or latest cycle, alphabetical by code: the standards across
/// members at a glance. Two database round trips whatever the number of members; evidence carries ids and
/// dates but no submission titles (the member's own scorecard has them).
/// </summary>
public static class Index
{
    public sealed record Query : IQuery<Model>;

    public sealed record Model(ScorecardThresholds Thresholds, IReadOnlyList<Item> Items)
    {
        public int Met(Standard standard) => Items.Count(i => i.Scorecard.Indicators.Any(x => x.Standard == standard && x.Result == CheckResult.Met));
    }

    public sealed record Item(string Code, LocalizedText Name, Region Region, Scorecard Scorecard);

    public sealed class Handler(PortalDbContext db, TimeProvider clock, IOptions<PortalOptions> options) : IQueryHandler<Query, Model>
    {
        public async ValueTask<Model> Handle(Query query, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var thresholds = ScorecardRecords.Thresholds(options.Value);
            var members = await ScorecardRecords.MembersAsync(db, null, cancellationToken);
            if (members.Count == 0)
            {
                return new Model(thresholds, []);
            }

            var periods = members.ToDictionary(m => m.Id, m => CyclePeriod.Of(CyclePeriod.Current(ScorecardRecords.Cycles(m, now), now)!));
            var submissions = (await ScorecardRecords.SubmissionsAsync(db, null, periods.Values.Min(p => p.Start), periods.Values.Max(p => p.End), withTitles: false, cancellationToken))
                .ToLookup(s => s.MemberId, s => s.Fact);
            return new Model(thresholds, members
                .Select(m =>
                {
                    var period = periods[m.Id];
                    var record = ScorecardRecords.Record(m, period, submissions[m.Id].Where(s => period.Contains(s.PublishedAt)));
                    return new Item(m.Code, m.Name, m.Region, ScorecardRules.Compute(record, thresholds, now));
                })
                .ToList());
        }
    }
}
