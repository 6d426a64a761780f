using CoCreation.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CoCreation.Web.Infrastructure.Identity;

/// <summary>
/// Who acts for a member: a government official for the members assigned to them, the support unit
/// (and administrators) for every member. Handlers check it; a refusal becomes a 403 page.
/// </summary>
public static class MemberAuthority
{
    public static async Task<bool> ActsForAsync(PortalDbContext db, CurrentActor actor, int memberId, CancellationToken cancellationToken)
    {
        if (actor.UserId is not { } userId)
        {
            return false;
        }

        return actor.IsStaff
            || (actor.IsInRole(Roles.GovernmentOfficial) && await db.OfficialAssignments.AnyAsync(a => a.UserId == userId && a.MemberId == memberId, cancellationToken));
    }

    public static async Task RequireActsForAsync(PortalDbContext db, CurrentActor actor, int memberId, CancellationToken cancellationToken)
    {
        actor.RequireUserId();
        if (!await ActsForAsync(db, actor, memberId, cancellationToken))
        {
            throw new UnauthorizedAccessException("This account does not act for this member.");
        }
    }
}
