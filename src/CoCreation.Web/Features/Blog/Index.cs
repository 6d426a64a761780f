using CoCreation.Domain.Blog;
using CoCreation.Web.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CoCreation.Web.Features.Blog;

/// <summary>The public blog: published posts, newest first, filtered by language, member, policy area and campaign.</summary>
public static class Index
{
    public const int PageSize = 30;

    public sealed record Query : IQuery<IReadOnlyList<Card>>
    {
        public string? Language { get; init; }

        public string? Member { get; init; }

        public string? Area { get; init; }

        public int? Campaign { get; init; }

        public Guid? Author { get; init; }
    }

    /// <summary>A post in a list.</summary>
    public sealed record Card(long Id, string Title, string Summary, string Language, Guid AuthorId, string AuthorName, bool IsExample, DateTimeOffset? PublishedAt, IReadOnlyList<string> MemberCodes, IReadOnlyList<string> PolicyAreas, string? CoverImage);

    public sealed class Handler(PortalDbContext db) : IQueryHandler<Query, IReadOnlyList<Card>>
    {
        public async ValueTask<IReadOnlyList<Card>> Handle(Query query, CancellationToken cancellationToken)
        {
            var posts = db.BlogPosts.AsNoTracking().Where(p => p.Status == BlogPostStatus.Published);
            if (!string.IsNullOrEmpty(query.Language))
            {
                posts = posts.Where(p => p.Language == query.Language);
            }

            if (!string.IsNullOrEmpty(query.Member))
            {
                var code = query.Member.ToUpperInvariant();
                posts = posts.Where(p => p.MemberCodes.Contains(code));
            }

            if (!string.IsNullOrEmpty(query.Area))
            {
                posts = posts.Where(p => p.PolicyAreas.Contains(query.Area));
            }

            if (query.Campaign is { } campaign)
            {
                posts = posts.Where(p => p.CampaignId == campaign);
            }

            if (query.Author is { } author)
            {
                posts = posts.Where(p => p.AuthorId == author);
            }

            return await posts.OrderByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id).Take(PageSize)
                .Select(p => new Card(p.Id, p.Title, p.Summary, p.Language, p.AuthorId, p.AuthorName, p.IsExample, p.PublishedAt, p.MemberCodes, p.PolicyAreas, p.CoverImage))
                .ToListAsync(cancellationToken);
        }
    }
}
