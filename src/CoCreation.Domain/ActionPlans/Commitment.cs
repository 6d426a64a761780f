using System.Text.RegularExpressions;
using CoCreation.Domain.Common;

namespace CoCreation.Domain.ActionPlans;

/// <summary>What a commitment says: its title, the four description sections, areas, values, institutions and dates.</summary>
public sealed record CommitmentDetails
{
    public CommitmentDetails(
        LocalizedText title,
        string? problem,
        string? solution,
        string? howItHelps,
        string? relevance,
        IEnumerable<string> policyAreas,
        IEnumerable<string> ogpValues,
        string? leadInstitution,
        IEnumerable<string> supportingInstitutions,
        DateOnly? startsOn,
        DateOnly? endsOn
    )
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

    private readonly List<Milestone> _milestones = [];
    private readonly List<ProgressUpdate> _progress = [];
    private readonly List<CommitmentRevision> _revisions = [];

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

    /// <summary>In their order; loaded by the commands that change them.</summary>
    public IReadOnlyList<Milestone> Milestones => _milestones;

    /// <summary>Every update kept; a command appends without loading the earlier ones.</summary>
    public IReadOnlyList<ProgressUpdate> Progress => _progress;

    /// <summary>Changes to the milestones after the plan's publication.</summary>
    public IReadOnlyList<CommitmentRevision> Revisions => _revisions;

    /// <summary>Null until the support unit enters the IRM's judgements.</summary>
    public IrmAssessment? Irm { get; private set; }

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
        return MemberCodePattern().IsMatch(code)
            && id.Length == code.Length + 4
            && id.StartsWith(code, StringComparison.Ordinal)
            && id[code.Length..].All(char.IsAsciiDigit);
    }

    internal void Change(CommitmentDetails details, CompletionLevel completion)
    {
        Apply(details);
        Completion = completion;
    }

    internal Milestone AddMilestone(MilestoneDetails details)
    {
        var milestone = new Milestone(details, _milestones.Count == 0 ? 1 : _milestones.Max(m => m.Order) + 1);
        _milestones.Add(milestone);
        return milestone;
    }

    /// <summary>Swaps the milestone with its neighbour before (-1) or after (+1); false at either end.</summary>
    internal bool MoveMilestone(Milestone milestone, int direction)
    {
        var ordered = _milestones.OrderBy(m => m.Order).ToList();
        var index = ordered.IndexOf(milestone);
        var other = index + Math.Sign(direction);
        if (direction == 0 || other < 0 || other >= ordered.Count)
        {
            return false;
        }

        // Renumber first, so orders stay 1..n even if earlier data had gaps or ties.
        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].Order = i + 1;
        }

        (ordered[index].Order, ordered[other].Order) = (ordered[other].Order, ordered[index].Order);
        return true;
    }

    internal ProgressUpdate Record(Milestone? milestone, ProgressReport report, Guid authorId, DateTimeOffset now)
    {
        var update = new ProgressUpdate(milestone?.Id, report, authorId, now);
        _progress.Add(update);

        // An update about the whole commitment moves its completion, which lists and open data show; "no evidence" leaves it.
        if (milestone is null && report.Level.ToCompletion() is { } completion)
        {
            Completion = completion;
        }

        return update;
    }

    internal void Revise(DateTimeOffset at, Guid actorId, CommitmentChange change, string subject, IReadOnlyList<string> fields) =>
        _revisions.Add(new CommitmentRevision(at, actorId, change, subject, fields));

    internal void Assess(IrmAssessment assessment) => Irm = assessment;

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
