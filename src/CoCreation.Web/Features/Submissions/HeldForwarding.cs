using CoCreation.Domain.Submissions;
using CoCreation.Web.Infrastructure.Audit;

namespace CoCreation.Web.Features.Submissions;

/// <summary>
/// What was forwarded while a member had no government contact waits; when an official is assigned to
/// the member (by an administrator or by accepting an invitation) it is delivered to them, and the
/// usual emails follow (the author hears it was forwarded, the officials get their digest).
/// </summary>
public sealed class HeldForwarding(PortalDbContext db, AuditTrail audit, TimeProvider clock)
{
    public async Task<int> DeliverAsync(IReadOnlyCollection<int> memberIds, CancellationToken cancellationToken)
    {
        if (memberIds.Count == 0)
        {
            return 0;
        }

        var now = clock.GetUtcNow();
        var waiting = await db
            .Submissions.Include(s => s.History)
            .Where(s => memberIds.Contains(s.MemberId) && s.Status == SubmissionStatus.AwaitingContact)
            .ToListAsync(cancellationToken);
        foreach (var submission in waiting)
        {
            submission.Deliver(now);
            audit.Record(
                "submission.delivered",
                nameof(Submission),
                submission.Id.ToString(),
                new { Status = nameof(SubmissionStatus.AwaitingContact) },
                new { Status = submission.Status.ToString() }
            );
        }

        return waiting.Count;
    }
}
