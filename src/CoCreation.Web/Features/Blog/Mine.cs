using CoCreation.Domain.Blog;

namespace CoCreation.Web.Features.Blog;

/// <summary>The person's own posts at every step, with the last comment of the support unit.</summary>
public static class Mine
{
    [Allow(Audience.Participant)]
    public sealed record Query : IQuery<IReadOnlyList<Item>>;

    public sealed record Item(long Id, string Title, string Language, BlogPostStatus Status, DateTimeOffset UpdatedAt, string? LastNote);

    public sealed class Handler(PortalDbContext db, CurrentActor actor) : IQueryHandler<Query, IReadOnlyList<Item>>
    {
        public async ValueTask<IReadOnlyList<Item>> Handle(Query query, CancellationToken cancellationToken)
        {
            var userId = actor.RequireUserId();
            return await db
                .BlogPosts.AsNoTracking()
                .Where(p => p.AuthorId == userId)
                .OrderByDescending(p => p.UpdatedAt)
                .Select(p => new Item(
                    p.Id,
                    p.Title,
                    p.Language,
                    p.Status,
                    p.UpdatedAt,
                    p.History.Where(h => h.Note != null).OrderByDescending(h => h.At).Select(h => h.Note).FirstOrDefault()
                ))
                .ToListAsync(cancellationToken);
        }
    }
}
