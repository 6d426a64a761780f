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
            var existing = await FindExistingAsync(authorId, command.IdempotencyKey, cancellationToken);
            if (existing is not null)
            {
                return existing;
            }

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
            db.Submissions.Add(submission);
            if (!await db.SaveUnlessTwinAsync(cancellationToken))
            {
                return await FindExistingAsync(authorId, command.IdempotencyKey, cancellationToken);
            }

            logger.LogInformation("Submission {SubmissionId} sent by {UserId}", submission.Id, authorId);
            return submission.Id;
        }

        private Task<long?> FindExistingAsync(Guid authorId, Guid key, CancellationToken cancellationToken) =>
            db
                .Submissions.Where(s => s.AuthorId == authorId && s.IdempotencyKey == key)
                .Select(s => (long?)s.Id)
                .SingleOrDefaultAsync(cancellationToken);
    }
}
