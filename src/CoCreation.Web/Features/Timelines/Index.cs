using CoCreation.Domain.Timelines;
using CoCreation.Web.Infrastructure;
using Microsoft.Extensions.Options;

namespace CoCreation.Web.Features.Timelines;

/// <summary>
/// Every published timeline with its two-weeks check and evidence: the standard at a glance, across members.
/// In member code order (then newest cycle first); the public API pages through it by that keyset.
/// </summary>
public static class Index
{
    [Allow(Audience.Anonymous)]
    public sealed record Query : KeysetQuery, IQuery<Model>;

    /// <summary>Every published timeline, streamed for the open-data downloads.</summary>
    [Allow(Audience.Anonymous)]
    public sealed record Stream : IStreamQuery<Item>;

    public sealed record Model(int MinimumDays, IReadOnlyList<Item> Items, string? NextAfter) : IKeysetPage<Item>
    {
        public int Met => Items.Count(i => i.Check == TwoWeeksResult.Met);
    }

    public sealed record Item(
        string Code,
        LocalizedText Name,
        string Cycle,
        DateTimeOffset PublishedAt,
        DateTimeOffset? FirstActivityAt,
        int Activities,
        TwoWeeksResult Check,
        int Comments
    );

    public sealed class Validator : KeysetQueryValidator<Query>
    {
        public Validator(IStringLocalizer<SharedResource> text)
            : base(text, Keyset.IsTextPair) { }
    }

    public sealed class Handler(PortalDbContext db, IOptions<PortalOptions> options)
        : IQueryHandler<Query, Model>,
            IStreamQueryHandler<Stream, Item>
    {
        public async ValueTask<Model> Handle(Query query, CancellationToken cancellationToken)
        {
            var (found, next) = await Keyset.PageAsync(Rows(query), query.Limit, r => Keyset.TextPair(r.Code, r.Cycle), cancellationToken);
            var days = options.Value.Timelines.MinimumDaysBeforeFirstActivity;
            return new Model(days, found.Select(r => r.ToItem(days)).ToList(), next);
        }

        public async IAsyncEnumerable<Item> Handle(
            Stream query,
            [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken
        )
        {
            var days = options.Value.Timelines.MinimumDaysBeforeFirstActivity;
            await foreach (var row in Rows(new Query()).AsAsyncEnumerable().WithCancellation(cancellationToken))
            {
                yield return row.ToItem(days);
            }
        }

        private IQueryable<Row> Rows(Query query)
        {
            var timelines =
                from t in db.Timelines
                join m in db.Members on t.MemberId equals m.Id
                where t.PublishedAt != null
                select new { t, m };
            if (query.After is not null && Keyset.TryParseTextPair(query.After, out var code, out var cycle))
            {
                timelines = timelines.Where(x =>
                    string.Compare(x.m.Code, code) > 0 || (x.m.Code == code && string.Compare(x.t.Cycle, cycle) < 0)
                );
            }

            return timelines
                .OrderBy(x => x.m.Code)
                .ThenByDescending(x => x.t.Cycle)
                .Select(x => new Row(
                    x.m.Code,
                    x.m.Name,
                    x.t.Cycle,
                    x.t.PublishedAt!.Value,
                    x.t.Activities.Where(a => a.CancelledAt == null).Min(a => (DateTimeOffset?)a.StartsAt),
                    x.t.Activities.Count(a => a.CancelledAt == null),
                    PortalDbContext.PublishedCommentCount(nameof(Domain.Comments.CommentTargetKind.Timeline), x.t.Id)
                ))
                .AsNoTracking();
        }
    }

    private sealed record Row(
        string Code,
        LocalizedText Name,
        string Cycle,
        DateTimeOffset PublishedAt,
        DateTimeOffset? First,
        int Activities,
        int Comments
    )
    {
        public Item ToItem(int days) =>
            new(Code, Name, Cycle, PublishedAt, First, Activities, CoCreationTimeline.CheckTwoWeeks(PublishedAt, First, days), Comments);
    }
}
