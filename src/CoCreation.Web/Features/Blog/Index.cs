using CoCreation.Domain.Blog;

namespace CoCreation.Web.Features.Blog;

/// <summary>The public blog: published posts, newest first, filtered by language, member, policy area and campaign.</summary>
public static class Index
{
    public const int PageSize = 30;

    [Allow(Audience.Anonymous)]
    public sealed record Query : KeysetQuery, IQuery<Model>
    {
        public string? Language { get; init; }

        public string? Member { get; init; }

        public string? Area { get; init; }

        public int? Campaign { get; init; }

        public Guid? Author { get; init; }
    }

    /// <summary>Every published post, newest first, streamed for the open-data downloads.</summary>
    [Allow(Audience.Anonymous)]
    public sealed record Stream : IStreamQuery<Card>;

    public static string CursorOf(Card card) => Keyset.TimeAndId(card.PublishedAt ?? DateTimeOffset.MinValue, card.Id);

    public sealed class Validator : KeysetQueryValidator<Query>
    {
        public Validator(IStringLocalizer<SharedResource> text)
            : base(text, Keyset.IsTimeAndId) { }
    }

    public sealed record Model(IReadOnlyList<Card> Items, string? NextAfter) : IKeysetPage<Card>;

    /// <summary>A post in a list.</summary>
    public sealed record Card(
        long Id,
        string Title,
        string Summary,
        string Language,
        Guid AuthorId,
        string AuthorName,
        bool IsExample,
        DateTimeOffset? PublishedAt,
        IReadOnlyList<string> MemberCodes,
        IReadOnlyList<string> PolicyAreas,
        string? CoverImage
    );

    public sealed class Handler(PortalDbContext db) : IQueryHandler<Query, Model>, IStreamQueryHandler<Stream, Card>
    {
        public IAsyncEnumerable<Card> Handle(Stream query, CancellationToken cancellationToken) =>
            Project(
                    db.BlogPosts.AsNoTracking()
                        .Where(p => p.Status == BlogPostStatus.Published)
                        .OrderByDescending(p => p.PublishedAt)
                        .ThenByDescending(p => p.Id)
                )
                .AsAsyncEnumerable();

        public async ValueTask<Model> Handle(Query query, CancellationToken cancellationToken)
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

            if (Keyset.TryParseTimeAndId(query.After, out var at, out var id))
            {
                posts = posts.Where(p => p.PublishedAt <= at && (p.PublishedAt < at || p.Id < id));
            }

            var (page, next) = await Keyset.PageAsync(
                Project(posts.OrderByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id)),
                query.Limit ?? PageSize,
                CursorOf,
                cancellationToken
            );
            return new Model(page, next);
        }

        private static IQueryable<Card> Project(IQueryable<BlogPost> posts) =>
            posts.Select(p => new Card(
                p.Id,
                p.Title,
                p.Summary,
                p.Language,
                p.AuthorId,
                p.AuthorName,
                p.IsExample,
                p.PublishedAt,
                p.MemberCodes,
                p.PolicyAreas,
                p.CoverImage
            ));
    }
}
