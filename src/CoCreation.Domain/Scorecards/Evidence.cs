using CoCreation.Domain.Common;

namespace CoCreation.Domain.Scorecards;

/// <summary>What a record can point at as evidence; the web layer turns it into a link.</summary>
public enum EvidenceKind
{
    Activity,
    Timeline,
    Plan,
    MemberPage,
    Submission,
    Answer,

    /// <summary>A progress update on a commitment (<see cref="Evidence.Key"/> is the commitment's OGP id).</summary>
    Progress,

    /// <summary>A commitment revised after its plan's publication (<see cref="Evidence.Key"/> is its OGP id).</summary>
    Commitment,

    /// <summary>The member's multi-stakeholder forum record (rules, members, decisions) edited by its officials.</summary>
    Forum,
}

/// <summary>One published record an indicator rests on: what, which one, when, and its title when known.</summary>
public sealed record Evidence(EvidenceKind Kind, long Id, DateTimeOffset At, LocalizedText? Title, string? Key = null);
