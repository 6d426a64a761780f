using CoCreation.Domain.Comments;
using CoCreation.Web.Infrastructure.Audit;

namespace CoCreation.Web.Features.Comments;

/// <summary>
/// The support unit decides on a reported or held comment: restore it (its reports are settled), edit it (the
/// author's first words are kept) or remove it with a reason its author reads. Each decision is audited.
/// </summary>
public static class Moderate
{
    public enum Decision
    {
        Restore,
        Edit,
        Remove,
    }

    [Allow(Audience.SupportUnit)]
    [ChangesPublicData]
    public sealed record Command(long Id, Decision Decision, string? Text = null, string? Reason = null) : ICommand<string?>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> text)
        {
            RuleFor(c => c.Decision).IsInEnum().WithMessage(_ => text["Validation.Choice"]);
            RuleFor(c => c.Text).NotEmpty().When(c => c.Decision == Decision.Edit).MaximumLength(Comment.TextMax);
            RuleFor(c => c.Reason)
                .NotEmpty()
                .When(c => c.Decision == Decision.Remove)
                .WithMessage(_ => text["Domain.Comment.ReasonRequired"])
                .MaximumLength(Comment.RemovalReasonMax);
        }
    }

    /// <summary>The comment's address on its page; null when there is no such comment.</summary>
    public sealed class Handler(PortalDbContext db, CurrentActor actor, AuditTrail audit, TimeProvider clock)
        : ICommandHandler<Command, string?>
    {
        public async ValueTask<string?> Handle(Command command, CancellationToken cancellationToken)
        {
            var moderator = actor.RequireUserId();
            var comment = await db.Comments.SingleOrDefaultAsync(c => c.Id == command.Id, cancellationToken);
            if (comment is null)
            {
                return null;
            }

            var before = new
            {
                Status = comment.Status.ToString(),
                comment.Text,
                comment.OpenReports,
            };
            var now = clock.GetUtcNow();
            switch (command.Decision)
            {
                case Decision.Restore:
                    comment.Restore(moderator, now);
                    break;
                case Decision.Edit:
                    comment.EditAsModerator(moderator, command.Text ?? "", now);
                    break;
                case Decision.Remove:
                    comment.Remove(moderator, command.Reason ?? "", now);
                    break;
            }

            audit.Record(
                "comment." + command.Decision.ToString().ToLowerInvariant(),
                nameof(Comment),
                comment.Id,
                before,
                new
                {
                    Status = comment.Status.ToString(),
                    comment.Text,
                    command.Reason,
                }
            );
            return await CommentPages.LinkAsync(db, comment, cancellationToken);
        }
    }
}
