using CoCreation.Domain.ActionPlans;

namespace CoCreation.Web.Features.ActionPlans;

/// <summary>A member's plan of one cycle, with its commitments, loaded for someone who acts for the member.</summary>
public static class PlanAccess
{
    /// <param name="Plan">Null when the member has no plan for that cycle yet.</param>
    public sealed record Loaded(EditedMember Member, NationalActionPlan? Plan);

    /// <summary>Null when no member has the code; refused (403) when the person does not act for the member.</summary>
    public static async Task<Loaded?> LoadAsync(
        PortalDbContext db,
        CurrentActor actor,
        string code,
        string cycle,
        bool tracked,
        CancellationToken cancellationToken
    )
    {
        if (await MemberAuthority.FindForEditAsync(db, actor, code, cancellationToken) is not { } member)
        {
            return null;
        }

        var plans = tracked ? db.NationalActionPlans : db.NationalActionPlans.AsNoTracking();
        var plan = await plans
            .Include(p => p.Commitments)
            .SingleOrDefaultAsync(p => p.MemberId == member.Id && p.Cycle == cycle, cancellationToken);
        return new Loaded(member, plan);
    }
}
