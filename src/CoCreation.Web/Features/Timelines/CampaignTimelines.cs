using CoCreation.Domain.Campaigns;
using CoCreation.Domain.Timelines;
using CoCreation.Web.Infrastructure;
using Microsoft.Extensions.Options;

namespace CoCreation.Web.Features.Timelines;

/// <summary>For a campaign's home page: which participating members have published their timeline, and which not yet.</summary>
public static class CampaignTimelines
{
    [Allow(Audience.Anonymous)]
    public sealed record Query(string Slug) : IQuery<Model>;

    public sealed record Model(IReadOnlyList<Item> Published, IReadOnlyList<Item> NotPublished);

    public sealed record Item(string Code, LocalizedText Name, DateTimeOffset? PublishedAt, TwoWeeksResult Check);

    public sealed class Handler(PortalDbContext db, IOptions<PortalOptions> options) : IQueryHandler<Query, Model>
    {
        public async ValueTask<Model> Handle(Query query, CancellationToken cancellationToken)
        {
            var slug = (query.Slug ?? "").ToLowerInvariant();
            var rows = await (
                from p in db.Set<CampaignParticipant>()
                join c in db.Campaigns on p.CampaignId equals c.Id
                join m in db.Members on p.MemberId equals m.Id
                where c.Slug == slug
                orderby m.Code
                select new
                {
                    m.Code,
                    m.Name,
                    Timeline = db
                        .Timelines.Where(t => t.MemberId == m.Id && t.PublishedAt != null)
                        .OrderByDescending(t => t.Cycle)
                        .Select(t => new
                        {
                            t.PublishedAt,
                            First = t.Activities.Where(a => a.CancelledAt == null).Min(a => (DateTimeOffset?)a.StartsAt),
                        })
                        .FirstOrDefault(),
                }
            )
                .AsNoTracking()
                .ToListAsync(cancellationToken);
            var minimumDays = options.Value.Timelines.MinimumDaysBeforeFirstActivity;
            var items = rows.Select(r => new Item(
                    r.Code,
                    r.Name,
                    r.Timeline?.PublishedAt,
                    CoCreationTimeline.CheckTwoWeeks(r.Timeline?.PublishedAt, r.Timeline?.First, minimumDays)
                ))
                .ToList();
            return new Model(items.Where(i => i.PublishedAt is not null).ToList(), items.Where(i => i.PublishedAt is null).ToList());
        }
    }
}
