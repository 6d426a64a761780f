using CoCreation.Domain.ActionPlans;

namespace CoCreation.Web.Features.ActionPlans;

/// <summary>
/// A plan with one of its commitments (and that commitment's milestones), loaded for someone who acts for the member.
/// </summary>
public static class CommitmentAccess
{
    public sealed record Loaded(NationalActionPlan Plan, Commitment Commitment, EditedMember Member);

    /// <summary>
    /// Null when the member, the plan or the commitment does not exist; refused (403) when the person does not act for the member.
    /// </summary>
    public static async Task<Loaded?> LoadAsync(
        PortalDbContext db,
        CurrentActor actor,
        string code,
        string cycle,
        string ogpId,
        bool tracked,
        CancellationToken cancellationToken
    )
    {
        var member = await MemberAuthority.FindForEditAsync(db, actor, code ?? "", cancellationToken);
        if (member is null)
        {
            return null;
        }

        var id = Commitment.NormalizeId(ogpId);
        var plans = tracked ? db.NationalActionPlans : db.NationalActionPlans.AsNoTracking();
        var plan = await plans
            .Include(p => p.Commitments.Where(c => c.OgpId == id))
                .ThenInclude(c => c.Milestones)
            .SingleOrDefaultAsync(p => p.MemberId == member.Id && p.Cycle == cycle, cancellationToken);
        var commitment = plan?.Commitments.SingleOrDefault();
        return plan is null || commitment is null ? null : new Loaded(plan, commitment, member);
    }

    /// <summary>The commitment a command changes, tracked; null and refused as <see cref="LoadAsync"/>.</summary>
    public static Task<Loaded?> LoadForChangeAsync(
        PortalDbContext db,
        CurrentActor actor,
        CommitmentAddress address,
        CancellationToken cancellationToken
    ) => LoadAsync(db, actor, address.Code, address.Cycle, address.OgpId, tracked: true, cancellationToken);
}
