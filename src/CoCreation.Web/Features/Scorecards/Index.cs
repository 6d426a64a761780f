using CoCreation.Domain.Members;
using CoCreation.Domain.Scorecards;
using CoCreation.Web.Infrastructure;
using Microsoft.Extensions.Options;

namespace CoCreation.Web.Features.Scorecards;

/// <summary>
/// Every member's scorecard for its running or latest cycle, alphabetical by code: the standards across
/// members at a glance. Two database round trips whatever the number of members; evidence carries ids and
/// dates but no submission titles (the member's own scorecard has them).
/// </summary>
public static class Index
{
    [Allow(Audience.Anonymous)]
    public sealed record Query : KeysetQuery, IQuery<Model>
    {
        public Region? Region { get; init; }
    }

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator(IStringLocalizer<SharedResource> text)
        {
            RuleFor(q => q.Region).IsInEnum().WithMessage(_ => text["Validation.Choice"]);
            RuleFor(q => q.After).Must(a => a is null || Keyset.IsValidTextKey(a)).WithMessage(_ => text["Validation.Choice"]);
            RuleFor(q => q.Limit).ValidLimit(text);
        }
    }

    public sealed record Model(ScorecardThresholds Thresholds, IReadOnlyList<Item> Items, string? NextAfter) : IKeysetPage<Item>
    {
        public int Met(Standard standard) =>
            Items.Count(i => i.Scorecard.Indicators.Any(x => x.Standard == standard && x.Result == CheckResult.Met));
    }

    public sealed record Item(string Code, LocalizedText Name, Region Region, Scorecard Scorecard);

    /// <summary>The same scorecards one by one, for the open data downloads (one per member: a few dozen).</summary>
    [Allow(Audience.Anonymous)]
    public sealed record Stream : IStreamQuery<Item>;

    public sealed class Handler(PortalDbContext db, TimeProvider clock, IOptions<PortalOptions> options)
        : IQueryHandler<Query, Model>,
            IStreamQueryHandler<Stream, Item>
    {
        public async IAsyncEnumerable<Item> Handle(
            Stream query,
            [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken
        )
        {
            foreach (var item in (await Handle(new Query(), cancellationToken)).Items)
            {
                yield return item;
            }
        }

        public async ValueTask<Model> Handle(Query query, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var thresholds = ScorecardRecords.Thresholds(options.Value);
            var chosen = db.Members.Where(m => query.Region == null || m.Region == query.Region);
            if (query.After is { } after)
            {
                var code = after.ToUpperInvariant();
                chosen = chosen.Where(m => string.Compare(m.Code, code) > 0);
            }

            var (members, next) = Keyset.Cut(
                await ScorecardRecords.MembersAsync(db, chosen, query.Limit + 1, withClock: false, cancellationToken),
                query.Limit,
                m => m.Code
            );
            if (members.Count == 0)
            {
                return new Model(thresholds, [], null);
            }

            var periods = members.ToDictionary(m => m.Id, m => CyclePeriod.Of(CyclePeriod.Current(ScorecardRecords.Cycles(m, now), now)!));
            var submissions = (
                await ScorecardRecords.SubmissionsAsync(
                    db,
                    periods.Keys,
                    periods.Values.Min(p => p.Start),
                    periods.Values.Max(p => p.End),
                    withTitles: false,
                    withDialogue: false,
                    cancellationToken
                )
            ).ToLookup(s => s.MemberId, s => s.Fact);
            return new Model(
                thresholds,
                members
                    .Select(m =>
                    {
                        var period = periods[m.Id];
                        var record = ScorecardRecords.Record(m, period, submissions[m.Id].Where(s => period.Contains(s.PublishedAt)));
                        return new Item(m.Code, m.Name, m.Region, ScorecardRules.Compute(record, thresholds, now));
                    })
                    .ToList(),
                next
            );
        }
    }
}
