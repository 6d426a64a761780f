using CoCreation.Domain.Scorecards;

namespace CoCreation.Web.Features.Scorecards;

/// <summary>Where a piece of evidence is published on the portal (relative addresses, for pages, exports and the API alike).</summary>
public static class EvidenceLinks
{
    public static string Href(string memberCode, string cycle, Evidence evidence) =>
        evidence.Kind switch
        {
            EvidenceKind.Activity => Paths.TimelineActivity(memberCode, evidence.Id),
            EvidenceKind.Timeline => Paths.Timeline(memberCode),
            EvidenceKind.Plan => Paths.Plan(memberCode, cycle),
            EvidenceKind.Submission => Paths.Submission(evidence.Id),
            EvidenceKind.Answer => Paths.SubmissionAnswer(evidence.Id),
            EvidenceKind.Progress when evidence.Key is { } ogpId => Paths.CommitmentProgress(ogpId),
            EvidenceKind.Commitment when evidence.Key is { } ogpId => Paths.Commitment(ogpId),
            EvidenceKind.Forum => Paths.Forum(memberCode),
            _ => Paths.Member(memberCode),
        };

    public static string Scorecard(string memberCode, string? cycle = null) => Paths.Scorecard(memberCode, cycle);
}
