using CoCreation.Domain.Submissions;
using CoCreation.Web.Infrastructure.Audit;

namespace CoCreation.Web.Features.Answers;

/// <summary>
/// An official gives the reasoned response: included (and the commitments it became), merged, not
/// included, or answered, always with a reason. Only for the members the official acts for.
/// </summary>
public static class Answer
{
    [Allow(Audience.Official | Audience.SupportUnit)]
    public sealed record Query(long Id) : IQuery<Model?>;

    public sealed record Model(
        long Id,
        SubmissionKind Kind,
        SubmissionStatus Status,
        string Title,
        string MemberCode,
        LocalizedText MemberName,
        IReadOnlyList<CommitmentChoice> Commitments
    )
    {
        public bool AwaitsAnswer =>
            Status == SubmissionStatus.Forwarded || (Kind == SubmissionKind.HelpRequest && Status == SubmissionStatus.Published);
    }

    public sealed record CommitmentChoice(int Id, string OgpId, LocalizedText Title);

    [Allow(Audience.Official | Audience.SupportUnit)]
    [ChangesPublicData]
    public sealed record Command : ICommand<bool>
    {
        public long Id { get; set; }

        /// <summary>No default: the official chooses it.</summary>
        public AnswerOutcome? Outcome { get; set; }

        public string Reason { get; set; } = "";

        /// <summary>The language of the reason: the member's first language until the official says otherwise.</summary>
        public string Language { get; set; } = "";

        public List<int> CommitmentIds { get; set; } = [];
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> text)
        {
            RuleFor(c => c.Outcome)
                .NotNull()
                .WithMessage(_ => text["Answers.ChooseOutcome"])
                .IsInEnum()
                .WithMessage(_ => text["Validation.Choice"]);
            RuleFor(c => c.Reason)
                .NotEmpty()
                .WithMessage(_ => text["Domain.Submission.ReasonRequired"])
                .MaximumLength(Domain.Submissions.Submission.AnswerReasonMax);
            RuleFor(c => c.Language).Must(ContentLanguages.IsKnown).WithMessage(_ => text["Answers.ChooseLanguage"]);
            RuleFor(c => c.CommitmentIds).Must(ids => ids.Count <= 50).WithMessage(_ => text["Validation.Choice"]);
        }
    }

    public sealed class QueryHandler(PortalDbContext db, CurrentActor actor) : IQueryHandler<Query, Model?>
    {
        public async ValueTask<Model?> Handle(Query query, CancellationToken cancellationToken)
        {
            var submission = await db
                .Submissions.AsNoTracking()
                .Where(s => s.Id == query.Id)
                .Select(s => new
                {
                    s.Id,
                    s.Kind,
                    s.Status,
                    s.Title,
                    s.MemberId,
                })
                .SingleOrDefaultAsync(cancellationToken);
            var waitsForSupportUnit = submission?.Kind == SubmissionKind.HelpRequest && submission.Status == SubmissionStatus.Published;
            if (
                submission is null
                || (submission.Status is not (SubmissionStatus.Forwarded or SubmissionStatus.Answered) && !waitsForSupportUnit)
            )
            {
                return null;
            }

            await Guard.ActsForAsync(db, actor, submission.MemberId, submission.Kind, cancellationToken);
            var member = await db
                .Members.AsNoTracking()
                .Where(m => m.Id == submission.MemberId)
                .Select(m => new { m.Code, m.Name })
                .SingleAsync(cancellationToken);
            var commitments = await db
                .Commitments.AsNoTracking()
                .Where(c => c.MemberId == submission.MemberId)
                .OrderBy(c => c.OgpId)
                .Select(c => new CommitmentChoice(c.Id, c.OgpId, c.Title))
                .ToListAsync(cancellationToken);
            return new Model(submission.Id, submission.Kind, submission.Status, submission.Title, member.Code, member.Name, commitments);
        }
    }

    public sealed class Handler(PortalDbContext db, CurrentActor actor, AuditTrail audit, TimeProvider clock)
        : ICommandHandler<Command, bool>
    {
        public async ValueTask<bool> Handle(Command command, CancellationToken cancellationToken)
        {
            var submission = await db
                .Submissions.Include(s => s.History)
                .Include(s => s.Commitments)
                .SingleOrDefaultAsync(s => s.Id == command.Id, cancellationToken);
            if (submission is null)
            {
                return false;
            }

            await Guard.ActsForAsync(db, actor, submission.MemberId, submission.Kind, cancellationToken);

            // Only this member's commitments can be linked.
            var wanted = command.CommitmentIds.Distinct().ToList();
            var commitments = await db
                .Commitments.Where(c => wanted.Contains(c.Id) && c.MemberId == submission.MemberId)
                .Select(c => c.Id)
                .ToListAsync(cancellationToken);
            if (commitments.Count != wanted.Count)
            {
                throw new DomainException("Domain.Submission.CommitmentOfAnotherMember");
            }

            submission.Answer(
                actor.RequireUserId(),
                command.Outcome!.Value,
                command.Reason,
                commitments,
                clock.GetUtcNow(),
                command.Language
            );
            audit.Record(
                "submission.answered",
                nameof(Submission),
                submission.Id.ToString(),
                new { Status = SubmissionStatus.Forwarded.ToString() },
                new
                {
                    Status = submission.Status.ToString(),
                    Outcome = command.Outcome.ToString(),
                    command.Reason,
                    Commitments = commitments,
                }
            );
            return true;
        }
    }
}

internal static class Guard
{
    /// <summary>
    /// An official acts only for the members assigned to them; the support unit for all, and alone on
    /// help requests (they are addressed to it).
    /// </summary>
    public static async Task ActsForAsync(
        PortalDbContext db,
        CurrentActor actor,
        int memberId,
        SubmissionKind kind,
        CancellationToken cancellationToken
    )
    {
        actor.RequireUserId();
        if (kind == SubmissionKind.HelpRequest && !actor.IsStaff)
        {
            throw new UnauthorizedAccessException("Help requests are answered by the support unit.");
        }

        await MemberAuthority.RequireActsForAsync(db, actor, memberId, cancellationToken);
    }
}
