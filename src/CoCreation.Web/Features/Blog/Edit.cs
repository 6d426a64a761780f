using CoCreation.Domain.Blog;

namespace CoCreation.Web.Features.Blog;

/// <summary>The author changes a draft, or a post the support unit asked changes for, and may (re)submit it.</summary>
public static class Edit
{
    [Allow(Audience.Participant)]
    public sealed record Query(long Id) : IQuery<Model?>;

    public sealed record Model(long Id, BlogPostStatus Status, string? CoverImage, IReadOnlyList<BlogPostStep> History, Command Fields);

    [Allow(Audience.Participant)]
    [ChangesPublicData]
    public sealed record Command : BlogForm, ICommand<bool>
    {
        public long Id { get; set; }

        public bool RemoveCover { get; set; }
    }

    public sealed class Validator : BlogFormValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> text)
            : base(text) { }
    }

    /// <summary>Only the author's own post; null otherwise.</summary>
    public sealed class QueryHandler(PortalDbContext db, CurrentActor actor) : IQueryHandler<Query, Model?>
    {
        public async ValueTask<Model?> Handle(Query query, CancellationToken cancellationToken)
        {
            var userId = actor.RequireUserId();
            var post = await db
                .BlogPosts.AsNoTracking()
                .Include(p => p.History)
                .SingleOrDefaultAsync(p => p.Id == query.Id && p.AuthorId == userId, cancellationToken);
            return post is null
                ? null
                : new Model(
                    post.Id,
                    post.Status,
                    post.CoverImage,
                    post.History.OrderBy(h => h.At).ToList(),
                    new Command
                    {
                        Id = post.Id,
                        Title = post.Title,
                        Summary = post.Summary,
                        Body = post.Body,
                        Language = post.Language,
                        CampaignId = post.CampaignId,
                        MemberCodes = post.MemberCodes.ToList(),
                        PolicyAreas = post.PolicyAreas.ToList(),
                    }
                );
        }
    }

    /// <summary>False when it is not the person's post.</summary>
    public sealed class Handler(
        PortalDbContext db,
        CurrentActor actor,
        CoverImages covers,
        TimeProvider clock,
        IStringLocalizer<SharedResource> text
    ) : ICommandHandler<Command, bool>
    {
        public async ValueTask<bool> Handle(Command command, CancellationToken cancellationToken)
        {
            var userId = actor.RequireUserId();
            var post = await db
                .BlogPosts.Include(p => p.History)
                .SingleOrDefaultAsync(p => p.Id == command.Id && p.AuthorId == userId, cancellationToken);
            if (post is null)
            {
                return false;
            }

            await BlogChoices.CheckAsync(db, command, text, cancellationToken);
            var now = clock.GetUtcNow();
            post.Edit(userId, command.Content, now);
            if (command.Cover is not null || command.RemoveCover)
            {
                await covers.SetCoverAsync(post, userId, command.Cover, now, cancellationToken);
            }

            if (command.SubmitForReview)
            {
                post.Submit(userId, now);
            }

            return true;
        }
    }
}
