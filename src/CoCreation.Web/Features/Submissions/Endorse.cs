using CoCreation.Domain.Submissions;

namespace CoCreation.Web.Features.Submissions;

/// <summary>A participant supports someone else's published submission; one endorsement per account, counted.</summary>
public static class Endorse
{
    [Allow(Audience.Participant)]
    public sealed record Command(long Id) : ICommand<bool>;

    public sealed class Handler(PortalDbContext db, CurrentActor actor, TimeProvider clock, Notifications.Happenings happenings)
        : ICommandHandler<Command, bool>
    {
        public async ValueTask<bool> Handle(Command command, CancellationToken cancellationToken)
        {
            var userId = actor.RequireUserId();
            var submission = await db.Submissions.SingleOrDefaultAsync(s => s.Id == command.Id, cancellationToken);
            if (submission is null || !submission.IsPublic)
            {
                return false;
            }

            if (!submission.CanBeEndorsedBy(userId))
            {
                throw new DomainException("Domain.Submission.CannotEndorse");
            }

            // The key (submission, account) makes a second endorsement a no-op, even from two tabs at once.
            var added = await db.Database.ExecuteSqlAsync(
                $"""
                INSERT INTO endorsements (submission_id, user_id, at)
                VALUES ({submission.Id}, {userId}, {clock.GetUtcNow()}) ON CONFLICT DO NOTHING
                """,
                cancellationToken
            );
            if (added == 1)
            {
                await db.Database.ExecuteSqlAsync(
                    $"UPDATE submissions SET endorsement_count = endorsement_count + 1 WHERE id = {submission.Id}",
                    cancellationToken
                );
                await happenings.FollowForAsync(userId, Domain.Notifications.FollowedKind.Submission, submission.Id, cancellationToken);
            }

            return true;
        }
    }
}
