using CoCreation.Domain.Scorecards;

namespace CoCreation.Web.Features.Scorecards;

/// <summary>Where a piece of evidence is published on the portal (relative addresses, for pages, exports and the API alike).</summary>
public static class EvidenceLinks
{
    public static string Href(string memberCode, string cycle, Evidence evidence)
    {
        var member = "/members/" + memberCode.ToLowerInvariant();
        var id = evidence.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return evidence.Kind switch
        {
            EvidenceKind.Activity => $"{member}/timeline#activity-{id}",
            EvidenceKind.Timeline => member + "/timeline",
            EvidenceKind.Plan => $"{member}/plans/{cycle}",
            EvidenceKind.Submission => "/submissions/" + id,
            EvidenceKind.Answer => $"/submissions/{id}#answer",
            _ => member,
        };
    }

    public static string Scorecard(string memberCode, string? cycle = null) =>
        $"/members/{memberCode.ToLowerInvariant()}/scorecard" + (cycle is null ? "" : "?cycle=" + cycle);
}
