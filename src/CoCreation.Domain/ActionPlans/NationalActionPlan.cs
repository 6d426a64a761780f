using System.Text.RegularExpressions;
using CoCreation.Domain.Common;

namespace CoCreation.Domain.ActionPlans;

/// <summary>
/// A member's National Action Plan for one cycle, with its commitments. Officials edit it as a draft,
/// publish it, and move its status forward; answers link submissions to its commitments.
/// </summary>
public sealed partial class NationalActionPlan : Entity
{
    private readonly List<Commitment> _commitments = [];
    private List<PlanDocument> _documents = [];

    private NationalActionPlan() { }

    public int Id { get; private set; }

    public int MemberId { get; private set; }

    /// <summary>e.g. "2017-2019".</summary>
    public string Cycle { get; private set; } = "";

    public PlanStatus Status { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public IReadOnlyList<PlanDocument> Documents => _documents;

    public IReadOnlyList<Commitment> Commitments => _commitments;

    public static NationalActionPlan Start(int memberId, string cycle, PlanStatus status)
    {
        if (!CyclePattern().IsMatch(cycle ?? ""))
        {
            throw new DomainException("Domain.Plan.CycleInvalid");
        }

        return new NationalActionPlan
        {
            MemberId = memberId,
            Cycle = cycle!,
            Status = status,
        };
    }

    public void Publish(DateTimeOffset now)
    {
        if (PublishedAt is not null)
        {
            throw new DomainException("Domain.Plan.AlreadyPublished");
        }

        PublishedAt = now;
    }

    /// <summary>Co-creation → submitted → implementing → completed; staying put is no change, going back or skipping is refused.</summary>
    public void MoveTo(PlanStatus status)
    {
        if (!Enum.IsDefined(status) || (status != Status && status != Status + 1))
        {
            throw new DomainException("Domain.Plan.StatusMove", "PlanStatus." + Status, "PlanStatus." + status);
        }

        Status = status;
    }

    public void SetDocuments(IEnumerable<PlanDocument> documents)
    {
        var list = documents.ToList();
        if (
            list.Exists(d =>
                string.IsNullOrWhiteSpace(d.Title) || d.Title.Length > 200 || Timelines.ActivityDetails.CheckedLink(d.Url) is null
            )
        )
        {
            throw new DomainException("Domain.Plan.DocumentInvalid");
        }

        _documents = list.Select(d => new PlanDocument(d.Title.Trim(), Timelines.ActivityDetails.CheckedLink(d.Url)!)).ToList();
    }

    public Commitment AddCommitment(string memberCode, string ogpId, LocalizedText title, IEnumerable<string> policyAreas) =>
        AddCommitment(memberCode, ogpId, new CommitmentDetails(title, null, null, null, null, policyAreas, [], null, [], null, null));

    /// <param name="memberCode">The code of the member whose plan this is: the id must be that code and four digits.</param>
    public Commitment AddCommitment(string memberCode, string ogpId, CommitmentDetails details)
    {
        var id = Commitment.NormalizeId(ogpId);
        if (!Commitment.IsIdOf(memberCode, id))
        {
            throw new DomainException("Domain.Plan.OgpIdInvalid", (memberCode ?? "").Trim().ToUpperInvariant());
        }

        if (_commitments.Exists(c => c.OgpId == id))
        {
            throw new DomainException("Domain.Plan.CommitmentIdTaken", id);
        }

        var commitment = new Commitment(MemberId, id, details);
        _commitments.Add(commitment);
        return commitment;
    }

    public void ChangeCommitment(Commitment commitment, CommitmentDetails details, CompletionLevel completion)
    {
        if (!_commitments.Contains(commitment))
        {
            throw new DomainException("Domain.Plan.CommitmentUnknown");
        }

        if (!Enum.IsDefined(completion))
        {
            throw new DomainException("Domain.Plan.CompletionUnknown");
        }

        commitment.Change(details, completion);
    }

    [GeneratedRegex("^20[0-9]{2}-20[0-9]{2}$")]
    private static partial Regex CyclePattern();
}
