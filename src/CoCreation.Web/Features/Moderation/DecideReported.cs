using System.Globalization;
using CoCreation.Domain.Submissions;
using CoCreation.Web.Infrastructure.Audit;

namespace CoCreation.Web.Features.Moderation;

/// <summary>
/// The support unit decides on a reported submission: restore it (read by all again where it stood, its reports
/// settled) or remove it with a reason its author reads on its page and in an email. Each decision is audited.
/// </summary>
public static class DecideReported
{
    public enum Decision
    {
        Restore,
        Remove,
    }

    [Allow(Audience.SupportUnit)]
    [ChangesPublicData]
    public sealed record Command(long Id, Decision Decision, string? Reason = null) : ICommand<bool>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> text)
        {
            RuleFor(c => c.Decision).IsInEnum().WithMessage(_ => text["Validation.Choice"]);
            RuleFor(c => c.Reason)
                .NotEmpty()
                .When(c => c.Decision == Decision.Remove)
                .WithMessage(_ => text["Domain.Submission.ReasonRequired"])
                .MaximumLength(Submission.RemovalReasonMax);
        }
    }

    /// <summary>False when there is no such submission.</summary>
    public sealed class Handler(PortalDbContext db, CurrentActor actor, AuditTrail audit, TimeProvider clock)
        : ICommandHandler<Command, bool>
    {
        public async ValueTask<bool> Handle(Command command, CancellationToken cancellationToken)
        {
            var moderator = actor.RequireUserId();
            var submission = await db.Submissions.SingleOrDefaultAsync(s => s.Id == command.Id, cancellationToken);
            if (submission is null)
            {
                return false;
            }

            var before = new { Status = submission.Status.ToString(), submission.OpenReports };
            var now = clock.GetUtcNow();
            if (command.Decision == Decision.Restore)
            {
                submission.Restore(moderator, now);
            }
            else
            {
                submission.Remove(moderator, command.Reason ?? "", now);
            }

            audit.Record(
                "submission.reports." + command.Decision.ToString().ToLowerInvariant(),
                nameof(Submission),
                submission.Id,
                before,
                new { Status = submission.Status.ToString(), command.Reason }
            );
            return true;
        }
    }
}
