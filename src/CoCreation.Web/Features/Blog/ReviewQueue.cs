using CoCreation.Domain.Blog;

namespace CoCreation.Web.Features.Blog;

/// <summary>The support unit's queue: posts waiting for review, oldest first, and those waiting for their authors.</summary>
public static class ReviewQueue
{
    [Allow(Audience.SupportUnit)]
    public sealed record Query : IQuery<IReadOnlyList<Item>>;

    public sealed record Item(
        long Id,
        string Title,
        string AuthorName,
        string Language,
        BlogPostStatus Status,
        DateTimeOffset? SubmittedAt
    );

    public sealed class Handler(PortalDbContext db) : IQueryHandler<Query, IReadOnlyList<Item>>
    {
        public async ValueTask<IReadOnlyList<Item>> Handle(Query query, CancellationToken cancellationToken)
        {
            return await db
                .BlogPosts.AsNoTracking()
                .Where(p => p.Status == BlogPostStatus.Submitted || p.Status == BlogPostStatus.ChangesRequested)
                .OrderBy(p => p.Status == BlogPostStatus.Submitted ? 0 : 1)
                .ThenBy(p => p.SubmittedAt)
                .Select(p => new Item(p.Id, p.Title, p.AuthorName, p.Language, p.Status, p.SubmittedAt))
                .ToListAsync(cancellationToken);
        }
    }
}
