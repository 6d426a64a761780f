using CoCreation.Domain.Submissions;
using CoCreation.Web.Infrastructure.Mediator;

namespace CoCreation.Web.Features.Submissions;

/// <summary>
/// A confirmed participant sends a proposal, question, interest or help request about one member's NAP.
/// Nothing is public before moderation. A double click sends one submission (idempotency key), a
/// filled honeypot stores nothing, and an author flagged for spam is held apart.
/// </summary>
public static class Submit
{
    [Allow(Audience.Participant)]
    public sealed record Command : SubmissionForm, ICommand<long?>, IHoneypotForm<long?>
    {
        public string MemberCode { get; set; } = "";

        public Guid IdempotencyKey { get; set; }

        /// <summary>Hidden from people; only robots fill it.</summary>
        public string? Website { get; set; }
    }

    public sealed class Validator : SubmissionFormValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> text)
            : base(text)
        {
            RuleFor(c => c.MemberCode)
                .NotEmpty()
                .WithMessage(_ => text["Submission.ChooseMember"])
                .MaximumLength(Domain.Members.Member.CodeMax)
                .WithMessage(_ => text["Validation.Choice"]);
            RuleFor(c => c.IdempotencyKey).IdempotencyKey(text);
        }
    }

    /// <summary>The new submission's id (a robot the honeypot caught is told nothing: null).</summary>
    public sealed class Handler(
        PortalDbContext db,
        CurrentActor actor,
        TimeProvider clock,
        IStringLocalizer<SharedResource> text,
        ILogger<Handler> logger
    ) : ICommandHandler<Command, long?>
    {
        public async ValueTask<long?> Handle(Command command, CancellationToken cancellationToken)
        {
            var authorId = actor.RequireUserId();
            return await db.InsertOnceAsync(
                authorId,
                command.IdempotencyKey,
                () => WriteAsync(command, authorId, cancellationToken),
                Sent,
                cancellationToken
            );
        }

        private async Task<Submission> WriteAsync(Command command, Guid authorId, CancellationToken cancellationToken)
        {
            var code = command.MemberCode.ToUpperInvariant();
            var now = clock.GetUtcNow();
            var place = await SubmissionPlace.ForCodeAsync(db, code, now, cancellationToken)
                ?? throw new InputException(nameof(Command.MemberCode), text["Submission.ChooseMember"]);
            var author = await Contributor.RequireConfirmedAsync(db, actor, text, cancellationToken);
            var submission = Submission.Submit(
                place.MemberId,
                command.Kind!.Value,
                command.Content,
                authorId,
                author.DisplayName,
                command.IdempotencyKey,
                author.IsSpamFlagged,
                now
            );
            submission.SentIn(place.CampaignId, place.Cycle);
            return submission;
        }

        private void Sent(Submission submission) =>
            logger.LogInformation("Submission {SubmissionId} sent by {UserId}", submission.Id, submission.AuthorId);
    }
}
