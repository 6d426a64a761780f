using CoCreation.Domain.ActionPlans;

namespace CoCreation.Web.Features.ActionPlans;

/// <summary>What the audit trail keeps of a plan and of a commitment.</summary>
internal static class PlanAuditSnapshots
{
    public static object Snapshot(NationalActionPlan plan) =>
        new
        {
            plan.Id,
            plan.MemberId,
            plan.Cycle,
            Status = plan.Status.ToString(),
            plan.PublishedAt,
            plan.Documents,
            Commitments = plan.Commitments.Count,
        };

    public static object Snapshot(Commitment commitment) =>
        new
        {
            commitment.Id,
            commitment.OgpId,
            commitment.Title.En,
            commitment.Title.Fr,
            commitment.Title.Es,
            commitment.Problem,
            commitment.Solution,
            commitment.HowItHelps,
            commitment.Relevance,
            commitment.PolicyAreas,
            commitment.OgpValues,
            commitment.LeadInstitution,
            commitment.SupportingInstitutions,
            commitment.StartsOn,
            commitment.EndsOn,
            Completion = commitment.Completion.ToString(),
        };
}
