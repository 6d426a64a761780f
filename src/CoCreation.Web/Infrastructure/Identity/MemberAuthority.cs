namespace CoCreation.Web.Infrastructure.Identity;

/// <summary>
/// Who acts for a member: a government official for the members assigned to them, the support unit
/// (and administrators) for every member. Handlers check it; a refusal becomes a 403 page.
/// </summary>
public static class MemberAuthority
{
    /// <summary>
    /// The ids of the members the actor acts for, as a query to compose into a page's own (<c>.Contains(m.Id)</c>), so
    /// "may this person edit here" costs no round trip of its own.
    /// </summary>
    public static IQueryable<int> MembersActedFor(PortalDbContext db, CurrentActor actor)
    {
        var userId = actor.UserId;
        return userId is null ? db.Members.Where(_ => false).Select(m => m.Id)
            : actor.IsStaff ? db.Members.Select(m => m.Id)
            : actor.IsInRole(Roles.GovernmentOfficial) ? db.OfficialAssignments.Where(a => a.UserId == userId).Select(a => a.MemberId)
            : db.Members.Where(_ => false).Select(m => m.Id);
    }

    public static async Task<bool> ActsForAsync(PortalDbContext db, CurrentActor actor, int memberId, CancellationToken cancellationToken)
    {
        if (actor.UserId is not { } userId)
        {
            return false;
        }

        return actor.IsStaff
            || (
                actor.IsInRole(Roles.GovernmentOfficial)
                && await db.OfficialAssignments.AnyAsync(a => a.UserId == userId && a.MemberId == memberId, cancellationToken)
            );
    }

    public static async Task RequireActsForAsync(PortalDbContext db, CurrentActor actor, int memberId, CancellationToken cancellationToken)
    {
        actor.RequireUserId();
        if (!await ActsForAsync(db, actor, memberId, cancellationToken))
        {
            throw new UnauthorizedAccessException("This account does not act for this member.");
        }
    }

    /// <summary>
    /// The member an editor page works on: null when no member has the code, refused (403) when the
    /// person does not act for it.
    /// </summary>
    public static async Task<EditedMember?> FindForEditAsync(
        PortalDbContext db,
        CurrentActor actor,
        string code,
        CancellationToken cancellationToken
    )
    {
        var upper = code.ToUpperInvariant();
        var member = await db
            .Members.AsNoTracking()
            .Where(m => m.Code == upper)
            .Select(m => new EditedMember(m.Id, m.Code, m.Name))
            .SingleOrDefaultAsync(cancellationToken);
        if (member is not null)
        {
            await RequireActsForAsync(db, actor, member.Id, cancellationToken);
        }

        return member;
    }
}

public sealed record EditedMember(int Id, string Code, LocalizedText Name);
