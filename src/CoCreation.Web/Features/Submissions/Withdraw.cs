using CoCreation.Domain.Submissions;
using CoCreation.Web.Infrastructure.Audit;

namespace CoCreation.Web.Features.Submissions;

/// <summary>The author takes a submission back while nobody has answered it.</summary>
public static class Withdraw
{
    [Allow(Audience.Participant)]
    [ChangesPublicData]
    public sealed record Command(long Id) : ICommand<bool>;

    public sealed class Handler(PortalDbContext db, CurrentActor actor, AuditTrail audit, TimeProvider clock)
        : ICommandHandler<Command, bool>
    {
        public async ValueTask<bool> Handle(Command command, CancellationToken cancellationToken)
        {
            var userId = actor.RequireUserId();
            var submission = await db
                .Submissions.Include(s => s.History)
                .SingleOrDefaultAsync(s => s.Id == command.Id && s.AuthorId == userId, cancellationToken);
            if (submission is null)
            {
                return false;
            }

            var before = submission.Status;
            submission.Withdraw(userId, clock.GetUtcNow());
            audit.Record(
                "submission.withdrawn",
                nameof(Submission),
                submission.Id.ToString(),
                new { Status = before.ToString() },
                new { Status = submission.Status.ToString() }
            );
            return true;
        }
    }
}
