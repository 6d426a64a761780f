using System.Text.RegularExpressions;
using CoCreation.Domain.Common;

namespace CoCreation.Domain.ActionPlans;

/// <summary>Where a plan stands; it only moves forward, one step at a time.</summary>
public enum PlanStatus
{
    CoCreation,
    Submitted,
    Implementing,
    Completed,
}

/// <summary>How far a commitment got (the IRM's completion scale).</summary>
public enum CompletionLevel
{
    NotStarted,
    Limited,
    Substantial,
    Complete,
}

/// <summary>The four OGP values a commitment may be relevant to.</summary>
public static class OgpValues
{
    public static readonly IReadOnlyList<string> All = ["access-to-information", "civic-participation", "public-accountability", "technology-innovation"];

    public static bool IsKnown(string? code) => code is not null && All.Contains(code);
}

/// <summary>A document of the plan, published elsewhere and linked here.</summary>
public sealed record PlanDocument(string Title, string Url);

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

        return new NationalActionPlan { MemberId = memberId, Cycle = cycle!, Status = status };
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
        if (list.Exists(d => string.IsNullOrWhiteSpace(d.Title) || d.Title.Length > 200 || Timelines.ActivityDetails.CheckedLink(d.Url) is null))
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

/// <summary>What a commitment says: its title, the four description sections, areas, values, institutions and dates.</summary>
public sealed record CommitmentDetails
{
    public CommitmentDetails(LocalizedText title, string? problem, string? solution, string? howItHelps, string? relevance, IEnumerable<string> policyAreas, IEnumerable<string> ogpValues, string? leadInstitution, IEnumerable<string> supportingInstitutions, DateOnly? startsOn, DateOnly? endsOn)
    {
        var areas = policyAreas.Distinct().ToList();
        if (areas.Exists(a => !Common.PolicyAreas.IsKnown(a)))
        {
            throw new DomainException("Domain.Submission.PolicyAreaUnknown");
        }

        var values = ogpValues.Distinct().ToList();
        if (values.Exists(v => !ActionPlans.OgpValues.IsKnown(v)))
        {
            throw new DomainException("Domain.Plan.OgpValueUnknown");
        }

        if (startsOn is { } start && endsOn is { } end && end < start)
        {
            throw new DomainException("Domain.Event.EndsBeforeStart");
        }

        Title = title;
        Problem = Clean(problem);
        Solution = Clean(solution);
        HowItHelps = Clean(howItHelps);
        Relevance = Clean(relevance);
        PolicyAreas = areas;
        OgpValues = values;
        LeadInstitution = Clean(leadInstitution);
        SupportingInstitutions = supportingInstitutions.Select(s => s.Trim()).Where(s => s.Length > 0).Distinct().ToList();
        StartsOn = startsOn;
        EndsOn = endsOn;
    }

    public LocalizedText Title { get; }

    public string? Problem { get; }

    public string? Solution { get; }

    public string? HowItHelps { get; }

    public string? Relevance { get; }

    public IReadOnlyList<string> PolicyAreas { get; }

    public IReadOnlyList<string> OgpValues { get; }

    public string? LeadInstitution { get; }

    public IReadOnlyList<string> SupportingInstitutions { get; }

    public DateOnly? StartsOn { get; }

    public DateOnly? EndsOn { get; }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

public sealed partial class Commitment
{
    /// <summary>The longest title, in each language.</summary>
    public const int TitleMax = 300;

    /// <summary>The longest problem, solution, how-it-helps and relevance texts.</summary>
    public const int TextMax = 4000;
    public const int LeadInstitutionMax = 200;

    /// <summary>All supporting institutions together, one a line.</summary>
    public const int SupportingInstitutionsMax = 2000;

    /// <summary>The longest member code (12) and four digits.</summary>
    public const int OgpIdMax = 16;

    private Commitment() { }

    internal Commitment(int memberId, string ogpId, CommitmentDetails details)
    {
        MemberId = memberId;
        OgpId = ogpId;
        Apply(details);
    }

    public int Id { get; private set; }

    public int NationalActionPlanId { get; private set; }

    public int MemberId { get; private set; }

    /// <summary>OGP-style id, e.g. "AR0090".</summary>
    public string OgpId { get; private set; } = "";

    public LocalizedText Title { get; private set; } = null!;

    public string? Problem { get; private set; }

    public string? Solution { get; private set; }

    public string? HowItHelps { get; private set; }

    public string? Relevance { get; private set; }

    public List<string> PolicyAreas { get; private set; } = [];

    public List<string> OgpValues { get; private set; } = [];

    public string? LeadInstitution { get; private set; }

    public List<string> SupportingInstitutions { get; private set; } = [];

    public DateOnly? StartsOn { get; private set; }

    public DateOnly? EndsOn { get; private set; }

    public CompletionLevel Completion { get; private set; }

    public static string NormalizeId(string? ogpId) => (ogpId ?? "").Trim().ToUpperInvariant();

    /// <summary>
    /// Whether <paramref name="ogpId"/> is an id of the member <paramref name="memberCode"/>: its code and exactly four digits
    /// (AR0090 for Argentina, AR-BA0001 for a subnational member AR-BA). Nothing may stand between the code and the
    /// digits, or one member could take ids that read as another's (AR taking AR-BA0001, AR-B taking AR-BA0001).
    /// </summary>
    public static bool IsIdOf(string? memberCode, string? ogpId)
    {
        var code = (memberCode ?? "").Trim().ToUpperInvariant();
        var id = NormalizeId(ogpId);
        return MemberCodePattern().IsMatch(code) && id.Length == code.Length + 4 && id.StartsWith(code, StringComparison.Ordinal) && id[code.Length..].All(char.IsAsciiDigit);
    }

    internal void Change(CommitmentDetails details, CompletionLevel completion)
    {
        Apply(details);
        Completion = completion;
    }

    private void Apply(CommitmentDetails details)
    {
        Title = details.Title;
        Problem = details.Problem;
        Solution = details.Solution;
        HowItHelps = details.HowItHelps;
        Relevance = details.Relevance;
        PolicyAreas = [.. details.PolicyAreas];
        OgpValues = [.. details.OgpValues];
        LeadInstitution = details.LeadInstitution;
        SupportingInstitutions = [.. details.SupportingInstitutions];
        StartsOn = details.StartsOn;
        EndsOn = details.EndsOn;
    }

    // A country's two letters or a subnational member's ISO 3166-2 style code (Member.NormalizeCode's two forms).
    [GeneratedRegex("^[A-Z]{2}(-[A-Z0-9]{1,8})?$")]
    private static partial Regex MemberCodePattern();
}
