using CoCreation.Domain.Blog;
using CoCreation.Web.Features.Translations;

namespace CoCreation.Web.Features.Blog;

/// <summary>One post: public once published; its author and the support unit see it (and its review history) at every step.</summary>
public static class Details
{
    [Allow(Audience.Anonymous)]
    public sealed record Query(long Id) : IQuery<Model?>;

    public sealed record Model(BlogPost Post, string BodyHtml, string? CampaignSlug, bool IsAuthor, bool IsStaff)
    {
        /// <summary>The title as shown: the post's, or its translation.</summary>
        public string Title { get; init; } = Post.Title;

        public string Summary { get; init; } = Post.Summary;

        /// <summary>The language of what is shown (the lang of the article).</summary>
        public string Language { get; init; } = Post.Language;

        /// <summary>What a reader may ask to read translated: the post, once published.</summary>
        public TranslatableText? Translatable =>
            Post.Status == BlogPostStatus.Published
                ? new TranslatableText(
                    TranslatableText.BlogPost,
                    Post.Id,
                    Post.Language,
                    [
                        new TranslatablePart("title", Post.Title),
                        .. string.IsNullOrWhiteSpace(Post.Summary) ? [] : new[] { new TranslatablePart("summary", Post.Summary) },
                        new TranslatablePart("body", Post.Body, IsMarkdown: true),
                    ]
                )
                : null;

        /// <summary>This post as <paramref name="translation"/> shows it: translated, or as written.</summary>
        public Model ShownAs(Translate.Result translation) =>
            translation.IsTranslated
                ? this with
                {
                    Title = translation.Show("title", Title)!,
                    Summary = translation.Show("summary", Summary)!,
                    BodyHtml = translation.Show("body", BodyHtml)!,
                    Language = translation.Target,
                }
                : this;
    }

    public sealed class Handler(PortalDbContext db, CurrentActor actor, MarkdownRenderer markdown) : IQueryHandler<Query, Model?>
    {
        public async ValueTask<Model?> Handle(Query query, CancellationToken cancellationToken)
        {
            var post = await db
                .BlogPosts.AsNoTracking()
                .Include(p => p.History)
                .AsSplitQuery()
                .SingleOrDefaultAsync(p => p.Id == query.Id, cancellationToken);
            var isAuthor = post is not null && actor.UserId == post.AuthorId;
            if (post is null || (post.Status != BlogPostStatus.Published && !isAuthor && !actor.IsStaff))
            {
                return null;
            }

            var slug = post.CampaignId is { } campaignId
                ? await db.Campaigns.Where(c => c.Id == campaignId).Select(c => c.Slug).SingleOrDefaultAsync(cancellationToken)
                : null;
            return new Model(post, markdown.ToHtml(post.Body), slug, isAuthor, actor.IsStaff);
        }
    }
}
