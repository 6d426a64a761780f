using CoCreation.Domain.Members;
using CoCreation.Web.Infrastructure.Audit;

namespace CoCreation.Web.Features.Admin.Accounts;

/// <summary>
/// An administrator sets the members a government official acts for; a newly covered member's held forwarding is delivered.
/// </summary>
public static class AssignMembers
{
    [Allow(Audience.Administrator)]
    [ChangesPublicData]
    public sealed record Command(Guid UserId, IReadOnlyList<string> MemberCodes) : ICommand<bool>;

    public sealed class Handler(
        PortalDbContext db,
        AuditTrail audit,
        TimeProvider clock,
        Submissions.HeldForwarding held,
        Notifications.Happenings happenings
    ) : ICommandHandler<Command, bool>
    {
        public async ValueTask<bool> Handle(Command command, CancellationToken cancellationToken)
        {
            if (!await db.Users.AnyAsync(u => u.Id == command.UserId, cancellationToken))
            {
                return false;
            }

            var wantedCodes = command.MemberCodes.OfType<string>().Select(c => c.ToUpperInvariant()).Distinct().ToList();
            var wanted = await db
                .Members.Where(m => wantedCodes.Contains(m.Code))
                .Select(m => new { m.Id, m.Code })
                .ToListAsync(cancellationToken);
            var current = await db.OfficialAssignments.Where(a => a.UserId == command.UserId).ToListAsync(cancellationToken);
            var currentCodes = await db
                .Members.Where(m => current.Select(a => a.MemberId).Contains(m.Id))
                .Select(m => m.Code)
                .OrderBy(c => c)
                .ToListAsync(cancellationToken);

            db.OfficialAssignments.RemoveRange(current.Where(a => wanted.All(w => w.Id != a.MemberId)));
            var added = wanted.Where(w => current.All(a => a.MemberId != w.Id)).Select(w => w.Id).ToList();
            foreach (var memberId in added)
            {
                db.OfficialAssignments.Add(new OfficialAssignment(command.UserId, memberId, clock.GetUtcNow()));

                // An official hears of what happens to the members they act for (and may stop, on their Following page).
                await happenings.FollowForAsync(command.UserId, Domain.Notifications.FollowedKind.Member, memberId, cancellationToken);
            }

            // The new contact receives what was forwarded while the member had nobody to receive it.
            await held.DeliverAsync(added, cancellationToken);

            var after = wanted.Select(w => w.Code).Order().ToList();
            if (!after.SequenceEqual(currentCodes))
            {
                audit.Record(
                    "account.members-assigned",
                    "Account",
                    command.UserId.ToString(),
                    new { Members = currentCodes },
                    new { Members = after }
                );
            }

            return true;
        }
    }
}
