using CoCreation.Domain.Blog;
using CoCreation.Web.Infrastructure.Mediator;

namespace CoCreation.Web.Features.Blog;

/// <summary>A participant writes a post for the blog: kept as a draft, or sent to the support unit for review.</summary>
public static class Write
{
    [Allow(Audience.Participant)]
    [ChangesPublicData]
    public sealed record Command : BlogForm, ICommand<long>;

    public sealed class Validator : BlogFormValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> text)
            : base(text) { }
    }

    public sealed class Handler(
        PortalDbContext db,
        CurrentActor actor,
        CoverImages covers,
        TimeProvider clock,
        IStringLocalizer<SharedResource> text
    ) : ICommandHandler<Command, long>
    {
        public async ValueTask<long> Handle(Command command, CancellationToken cancellationToken)
        {
            var author = await Contributor.RequireConfirmedAsync(db, actor, text, cancellationToken);
            await BlogChoices.CheckAsync(db, command, text, cancellationToken);
            var now = clock.GetUtcNow();
            var post = BlogPost.Draft(author.Id, author.DisplayName, command.CampaignId, command.Content, now);
            if (command.Cover is { } cover)
            {
                await covers.SetCoverAsync(post, author.Id, cover, now, cancellationToken);
            }

            if (command.SubmitForReview)
            {
                post.Submit(author.Id, now);
            }

            db.BlogPosts.Add(post);
            await db.SaveChangesAsync(cancellationToken);
            return post.Id;
        }
    }
}
