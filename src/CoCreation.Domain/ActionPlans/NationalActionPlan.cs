using CoCreation.Domain.Common;

namespace CoCreation.Domain.ActionPlans;

public enum PlanStatus
{
    CoCreation,
    Submitted,
    Implementing,
    Completed,
}

/// <summary>
/// A member's National Action Plan for one cycle, with its commitments. This first model carries what
/// answers link to (commitments by OGP-style id); the officials' editor comes with the timelines issue.
/// </summary>
public sealed class NationalActionPlan : Entity
{
    private readonly List<Commitment> _commitments = [];

    private NationalActionPlan() { }

    public int Id { get; private set; }

    public int MemberId { get; private set; }

    /// <summary>e.g. "2017-2019".</summary>
    public string Cycle { get; private set; } = "";

    public PlanStatus Status { get; private set; }

    public IReadOnlyList<Commitment> Commitments => _commitments;

    public static NationalActionPlan Start(int memberId, string cycle, PlanStatus status)
    {
        if (!System.Text.RegularExpressions.Regex.IsMatch(cycle ?? "", "^20[0-9]{2}-20[0-9]{2}$"))
        {
            throw new DomainException("Domain.Plan.CycleInvalid");
        }

        return new NationalActionPlan { MemberId = memberId, Cycle = cycle!, Status = status };
    }

    public Commitment AddCommitment(string ogpId, LocalizedText title, IEnumerable<string> policyAreas)
    {
        var areas = policyAreas.Distinct().ToList();
        if (areas.Exists(a => !PolicyAreas.IsKnown(a)))
        {
            throw new DomainException("Domain.Submission.PolicyAreaUnknown");
        }

        if (_commitments.Exists(c => c.OgpId == ogpId))
        {
            throw new DomainException("Domain.Plan.CommitmentIdTaken", ogpId);
        }

        var commitment = new Commitment(MemberId, ogpId, title, areas);
        _commitments.Add(commitment);
        return commitment;
    }
}

public sealed class Commitment
{
    private Commitment() { }

    internal Commitment(int memberId, string ogpId, LocalizedText title, List<string> policyAreas)
    {
        MemberId = memberId;
        OgpId = ogpId;
        Title = title;
        PolicyAreas = policyAreas;
    }

    public int Id { get; private set; }

    public int NationalActionPlanId { get; private set; }

    public int MemberId { get; private set; }

    /// <summary>OGP-style id, e.g. "AR0090".</summary>
    public string OgpId { get; private set; } = "";

    public LocalizedText Title { get; private set; } = null!;

    public List<string> PolicyAreas { get; private set; } = [];
}
