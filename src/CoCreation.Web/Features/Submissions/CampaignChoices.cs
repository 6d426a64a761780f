using Microsoft.Extensions.Caching.Memory;

namespace CoCreation.Web.Features.Submissions;

/// <summary>
/// The campaigns and plan cycles a submission can belong to, for the list's filters and to name a row's campaign:
/// few, changed a few times a year, so kept in memory like <see cref="MemberChoices"/> and dropped when a command that
/// changes public data commits. Campaigns newest first; cycles newest first, as timelines, plans and members name them.
/// </summary>
public static class CampaignChoices
{
    private const string CacheKey = "campaign-choices";

    [Allow(Audience.Anonymous)]
    public sealed record Query : IQuery<Model>;

    public sealed record Model(IReadOnlyList<Campaign> Campaigns, IReadOnlyList<string> Cycles);

    public sealed record Campaign(int Id, string Slug, LocalizedText Title);

    public sealed class Handler(PortalDbContext db, IMemoryCache cache, PublicData publicData) : IQueryHandler<Query, Model>
    {
        public async ValueTask<Model> Handle(Query query, CancellationToken cancellationToken) =>
            await cache.GetOrCreateAsync(CacheKey, async entry =>
            {
                entry.AbsoluteExpirationRelativeToNow = PublicPageCache.Lifetime;
                entry.AddExpirationToken(publicData.Changed);
                var campaigns = await db
                    .Campaigns.AsNoTracking()
                    .OrderByDescending(c => c.StartsOn)
                    .ThenBy(c => c.Slug)
                    .Select(c => new Campaign(c.Id, c.Slug, c.Title))
                    .ToListAsync(cancellationToken);
                var cycles = await db
                    .Timelines.Select(t => t.Cycle)
                    .Union(db.NationalActionPlans.Select(p => p.Cycle))
                    .Union(db.Members.Where(m => m.CurrentCycle != null).Select(m => m.CurrentCycle!))
                    .ToListAsync(cancellationToken);
                return new Model(campaigns, cycles.Distinct().OrderDescending(StringComparer.Ordinal).ToList());
            }) ?? new Model([], []);
    }
}
