using CoCreation.Domain.Common;
using CoCreation.Domain.Timelines;

namespace CoCreation.Domain.Scorecards;

/// <summary>A timeline activity as the scorecard sees it.</summary>
public sealed record ActivityFact(int Id, ActivityKind Kind, LocalizedText? Title, DateTimeOffset StartsAt, bool Cancelled);

/// <summary>The published timeline of the cycle: when it was published and its first activity that still takes place.</summary>
public sealed record TimelineFact(int Id, DateTimeOffset PublishedAt, ActivityFact? FirstActivity);

/// <summary>Something that changed what the member's page shows, and when.</summary>
/// <param name="Key">
/// The public key of what <paramref name="Kind"/> names when it has no number of its own, as a commitment's OGP id.
/// </param>
public sealed record UpdateFact(EvidenceKind Kind, long Id, DateTimeOffset At, LocalizedText? Title = null, string? Key = null);

/// <summary>
/// A published submission owed a reasoned response (not a help request, which the Support Unit answers), and its answer date if answered.
/// </summary>
public sealed record SubmissionFact(long Id, string? Title, DateTimeOffset PublishedAt, DateTimeOffset? AnsweredAt);

/// <summary>A commitment of the cycle's published plan and when progress on it was published.</summary>
public sealed record CommitmentFact(string OgpId, LocalizedText Title, IReadOnlyList<DateTimeOffset> ProgressAt);

/// <summary>The published record of one member for one cycle.</summary>
public sealed record ScorecardRecord(
    CyclePeriod Period,
    IReadOnlyList<ActivityFact> Activities,
    TimelineFact? Timeline,
    DateTimeOffset? PlanPublishedAt,
    int? PlanId,
    IReadOnlyList<UpdateFact> Updates,
    IReadOnlyList<SubmissionFact> Submissions,
    IReadOnlyList<CommitmentFact> Commitments
);
