using CoCreation.Domain.Blog;
using CoCreation.Web.Infrastructure.Audit;

namespace CoCreation.Web.Features.Blog;

/// <summary>The support unit decides on a submitted post: publish, ask for changes with a comment, or decline with a reason.</summary>
public static class Review
{
    public enum Decision
    {
        Publish,
        RequestChanges,
        Decline,
    }

    [Allow(Audience.SupportUnit)]
    [ChangesPublicData]
    public sealed record Command(long Id, Decision Decision, string? Comment) : ICommand<bool>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> text)
        {
            RuleFor(c => c.Decision).IsInEnum().WithMessage(_ => text["Validation.Choice"]);
            RuleFor(c => c.Comment)
                .NotEmpty()
                .When(c => c.Decision != Decision.Publish)
                .WithMessage(c =>
                    text[c.Decision == Decision.Decline ? "Domain.BlogPost.ReasonRequired" : "Domain.BlogPost.CommentRequired"]
                )
                .MaximumLength(BlogPost.DeclineReasonMax);
        }
    }

    /// <summary>False when there is no such post.</summary>
    public sealed class Handler(PortalDbContext db, CurrentActor actor, AuditTrail audit, TimeProvider clock)
        : ICommandHandler<Command, bool>
    {
        public async ValueTask<bool> Handle(Command command, CancellationToken cancellationToken)
        {
            var reviewer = actor.RequireUserId();
            var post = await db.BlogPosts.Include(p => p.History).SingleOrDefaultAsync(p => p.Id == command.Id, cancellationToken);
            if (post is null)
            {
                return false;
            }

            var before = post.Status;
            var now = clock.GetUtcNow();
            switch (command.Decision)
            {
                case Decision.Publish:
                    post.Publish(reviewer, now);
                    break;
                case Decision.RequestChanges:
                    post.RequestChanges(reviewer, command.Comment ?? "", now);
                    break;
                case Decision.Decline:
                    post.Decline(reviewer, command.Comment ?? "", now);
                    break;
            }

            audit.Record(
                "blog." + command.Decision.ToString().ToLowerInvariant(),
                nameof(BlogPost),
                post.Id,
                new { Status = before.ToString() },
                new { Status = post.Status.ToString(), command.Comment }
            );
            return true;
        }
    }
}
