using CoCreation.Domain.Submissions;
using CoCreation.Web.Infrastructure.Audit;

namespace CoCreation.Web.Features.Moderation;

/// <summary>
/// The support unit decides on one submission or a selection: publish, reject with a reason the author
/// sees, mark as spam (hidden, author flagged), or forward to the member's officials. A selection is
/// decided all together or not at all; each decision is audited.
/// </summary>
public static class Decide
{
    public enum Decision
    {
        Publish,
        Reject,
        Spam,
        Forward,
    }

    [Allow(Audience.SupportUnit)]
    [ChangesPublicData]
    public sealed record Command(IReadOnlyList<long> Ids, Decision Decision, string? Reason = null) : ICommand<Result>;

    /// <param name="Count">Submissions decided.</param>
    /// <param name="Held">Forwarded but waiting for a government contact: nobody could receive them yet.</param>
    public sealed record Result(int Count, IReadOnlyList<HeldItem> Held);

    public sealed record HeldItem(long Id, string Title, string Language, string MemberCode, LocalizedText MemberName);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> text)
        {
            RuleFor(c => c.Ids)
                .NotEmpty()
                .WithMessage(_ => text["Moderation.SelectSome"])
                .Must(ids => ids.Count <= 200)
                .WithMessage(_ => text["Moderation.TooMany", 200]);
            RuleFor(c => c.Decision).IsInEnum().WithMessage(_ => text["Validation.Choice"]);
            RuleFor(c => c.Reason)
                .NotEmpty()
                .When(c => c.Decision == Decision.Reject)
                .WithMessage(_ => text["Domain.Submission.ReasonRequired"])
                .MaximumLength(Domain.Submissions.Submission.RejectionReasonMax);
        }
    }

    public sealed class Handler(PortalDbContext db, CurrentActor actor, AuditTrail audit, TimeProvider clock)
        : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            var moderator = actor.RequireUserId();
            var now = clock.GetUtcNow();
            var ids = command.Ids.Distinct().ToList();
            var submissions = await db.Submissions.Include(s => s.History).Where(s => ids.Contains(s.Id)).ToListAsync(cancellationToken);
            var memberIds = submissions.Select(s => s.MemberId).Distinct().ToList();
            var withContact =
                command.Decision == Decision.Forward
                    ? await db
                        .OfficialAssignments.Where(a => memberIds.Contains(a.MemberId))
                        .Select(a => a.MemberId)
                        .Distinct()
                        .ToListAsync(cancellationToken)
                    : [];
            foreach (var submission in submissions)
            {
                var before = submission.Status;
                switch (command.Decision)
                {
                    case Decision.Publish:
                        submission.Publish(moderator, now);
                        break;
                    case Decision.Reject:
                        submission.Reject(moderator, command.Reason ?? "", now);
                        break;
                    case Decision.Spam:
                        submission.MarkSpam(moderator, now);
                        if (submission.AuthorId is { } authorId)
                        {
                            await db
                                .Users.Where(u => u.Id == authorId)
                                .ExecuteUpdateAsync(u => u.SetProperty(x => x.IsSpamFlagged, true), cancellationToken);
                        }

                        break;
                    case Decision.Forward:
                        submission.Forward(moderator, withContact.Contains(submission.MemberId), now);
                        break;
                }

                audit.Record(
                    "submission." + command.Decision.ToString().ToLowerInvariant(),
                    nameof(Submission),
                    submission.Id.ToString(),
                    new { Status = before.ToString() },
                    new { Status = submission.Status.ToString(), command.Reason }
                );
            }

            if (command.Decision != Decision.Forward || submissions.All(s => s.Status != SubmissionStatus.AwaitingContact))
            {
                return new Result(submissions.Count, []);
            }

            var held = submissions.Where(s => s.Status == SubmissionStatus.AwaitingContact).ToList();
            var heldMembers = held.Select(s => s.MemberId).Distinct().ToList();
            var names = await db
                .Members.AsNoTracking()
                .Where(m => heldMembers.Contains(m.Id))
                .ToDictionaryAsync(m => m.Id, m => (m.Code, m.Name), cancellationToken);
            return new Result(
                submissions.Count,
                held.Select(s => new HeldItem(s.Id, s.Title, s.Language, names[s.MemberId].Code, names[s.MemberId].Name)).ToList()
            );
        }
    }
}
