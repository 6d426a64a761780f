using CoCreation.Domain.Common;

namespace CoCreation.Domain.ActionPlans;

/// <summary>
/// A member's National Action Plan for one cycle, with its commitments. Officials edit it as a draft,
/// publish it, and move its status forward; answers link submissions to its commitments.
/// </summary>
public sealed class NationalActionPlan : Entity
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

    public static NationalActionPlan Start(int memberId, string cycle, PlanStatus status) =>
        new()
        {
            MemberId = memberId,

            // The timelines' rule (the second year after the first): the scorecards read a member's plan cycles as periods.
            Cycle = Timelines.CoCreationTimeline.CheckedCycle(cycle),
            Status = status,
        };

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

    /// <summary>
    /// The dates a milestone of <paramref name="commitment"/> must lie within: the commitment's own dates where it has
    /// them, else the plan's cycle (1 January of its first year to 31 December of its last).
    /// </summary>
    public (DateOnly From, DateOnly To) MilestonePeriod(Commitment commitment)
    {
        // Both dates given: the cycle is not read (nor is a plan's stored before its cycle was checked).
        if (commitment.StartsOn is { } from && commitment.EndsOn is { } to)
        {
            return (from, to);
        }

        // The cycle's period ends (exclusively) on 1 January after its last year.
        var cycle = Scorecards.CyclePeriod.Of(Cycle);
        return (
            commitment.StartsOn ?? DateOnly.FromDateTime(cycle.Start.UtcDateTime),
            commitment.EndsOn ?? DateOnly.FromDateTime(cycle.End.UtcDateTime).AddDays(-1)
        );
    }

    public Milestone AddMilestone(Commitment commitment, MilestoneDetails details, Guid actorId, DateTimeOffset now)
    {
        RequireMilestonesOpen(commitment, details);
        var milestone = commitment.AddMilestone(details);
        if (PublishedAt is not null)
        {
            commitment.Revise(now, actorId, CommitmentChange.MilestoneAdded, SubjectOf(details.Text), []);
        }

        return milestone;
    }

    public void ChangeMilestone(Commitment commitment, Milestone milestone, MilestoneDetails details, Guid actorId, DateTimeOffset now)
    {
        RequireMilestonesOpen(commitment, details);
        RequireOwn(commitment, milestone);
        var fields = milestone.Change(details);
        if (PublishedAt is not null && fields.Count > 0)
        {
            commitment.Revise(now, actorId, CommitmentChange.MilestoneChanged, SubjectOf(details.Text), fields);
        }
    }

    /// <summary>Moves a milestone one place up (-1) or down (+1); at either end nothing changes.</summary>
    public void MoveMilestone(Commitment commitment, Milestone milestone, int direction, Guid actorId, DateTimeOffset now)
    {
        RequireMilestonesOpen(commitment, null);
        RequireOwn(commitment, milestone);
        if (commitment.MoveMilestone(milestone, direction) && PublishedAt is not null)
        {
            commitment.Revise(now, actorId, CommitmentChange.MilestonesReordered, SubjectOf(milestone.Text), []);
        }
    }

    /// <summary>A progress update on a commitment, or on one of its milestones; only once the plan is published.</summary>
    public ProgressUpdate RecordProgress(
        Commitment commitment,
        Milestone? milestone,
        ProgressReport report,
        Guid authorId,
        DateTimeOffset now
    )
    {
        if (!_commitments.Contains(commitment))
        {
            throw new DomainException("Domain.Plan.CommitmentUnknown");
        }

        if (PublishedAt is null)
        {
            throw new DomainException("Domain.Progress.PlanNotPublished");
        }

        if (milestone is not null)
        {
            RequireOwn(commitment, milestone);
        }

        if (report.On > DateOnly.FromDateTime(now.UtcDateTime).AddDays(1))
        {
            throw new DomainException("Domain.Progress.DateInFuture");
        }

        return commitment.Record(milestone, report, authorId, now);
    }

    public void Assess(Commitment commitment, IrmAssessment assessment)
    {
        if (!_commitments.Contains(commitment))
        {
            throw new DomainException("Domain.Plan.CommitmentUnknown");
        }

        commitment.Assess(assessment);
    }

    private static string SubjectOf(LocalizedText text) => text.En.Length > 0 ? text.En : text.In("es");

    private void RequireMilestonesOpen(Commitment commitment, MilestoneDetails? details)
    {
        if (!_commitments.Contains(commitment))
        {
            throw new DomainException("Domain.Plan.CommitmentUnknown");
        }

        if (Status is not (PlanStatus.CoCreation or PlanStatus.Implementing))
        {
            throw new DomainException("Domain.Milestone.PlanClosed", "PlanStatus." + Status);
        }

        var (from, to) = MilestonePeriod(commitment);
        if (details is not null && (details.StartsOn < from || details.EndsOn > to))
        {
            throw new DomainException("Domain.Milestone.OutsidePeriod", from, to);
        }
    }

    private static void RequireOwn(Commitment commitment, Milestone milestone)
    {
        if (!commitment.Milestones.Contains(milestone))
        {
            throw new DomainException("Domain.Milestone.Unknown");
        }
    }
}
