using Microsoft.Extensions.Caching.Memory;

namespace CoCreation.Web.Features.Submissions;

/// <summary>
/// The members to choose from in submission forms and filters, in the alphabetical order of the
/// person's language. Read on every list page, changed a few times a year: kept in memory per culture
/// (sorting with the culture's collation is the costly part), dropped when a command that changes public
/// data commits (and after <see cref="PublicPageCache.Lifetime"/> on the other instances).
/// </summary>
public static class MemberChoices
{
    private const string CacheKey = "member-choices:";

    [Allow(Audience.Anonymous)]
    public sealed record Query : IQuery<IReadOnlyList<Item>>;

    public sealed record Item(string Code, LocalizedText Name);

    public sealed class Handler(PortalDbContext db, IMemoryCache cache, PublicData publicData) : IQueryHandler<Query, IReadOnlyList<Item>>
    {
        public async ValueTask<IReadOnlyList<Item>> Handle(Query query, CancellationToken cancellationToken) =>
            await cache.GetOrCreateAsync(
                CacheKey + System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName,
                async entry =>
                {
                    entry.AbsoluteExpirationRelativeToNow = PublicPageCache.Lifetime;
                    entry.AddExpirationToken(publicData.Changed);
                    var ui = System.Globalization.CultureInfo.CurrentUICulture;
                    var members = await db.Members.AsNoTracking().Select(m => new Item(m.Code, m.Name)).ToListAsync(cancellationToken);
                    IReadOnlyList<Item> sorted = members
                        .OrderBy(m => m.Name.In(ui), StringComparer.Create(System.Globalization.CultureInfo.CurrentCulture, true))
                        .ToList();
                    return sorted;
                }
            ) ?? [];
    }
}
