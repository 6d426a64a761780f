using CoCreation.Domain.Common;
using CoCreation.Web.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace CoCreation.Web.Features.Submissions;

/// <summary>
/// The members to choose from in submission forms and filters. Read on every list page, changed a few
/// times a year: kept in memory, dropped when a command of the members' area commits (and after
/// <see cref="Infrastructure.Web.PublicPageCache.Lifetime"/> on the other instances).
/// </summary>
public static class MemberChoices
{
    public const string CacheKey = "member-choices";

    public sealed record Query : IQuery<IReadOnlyList<Item>>;

    public sealed record Item(string Code, LocalizedText Name);

    public sealed class Handler(PortalDbContext db, IMemoryCache cache) : IQueryHandler<Query, IReadOnlyList<Item>>
    {
        public async ValueTask<IReadOnlyList<Item>> Handle(Query query, CancellationToken cancellationToken) =>
            await cache.GetOrCreateAsync(CacheKey, async entry =>
            {
                entry.AbsoluteExpirationRelativeToNow = Infrastructure.Web.PublicPageCache.Lifetime;
                IReadOnlyList<Item> members = await db.Members.AsNoTracking().OrderBy(m => m.Code).Select(m => new Item(m.Code, m.Name)).ToListAsync(cancellationToken);
                return members;
            }) ?? [];
    }
}
