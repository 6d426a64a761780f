using CoCreation.Web.Features.Members;

namespace CoCreation.Web.Pages.Members;

/// <summary>/members/{code}/evidence: a member's evidence pack for the IRM, to read or print.</summary>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = PublicPageCache.Policy)]
public sealed class EvidenceModel : PortalPageModel
{
    public Evidence.Model Pack { get; private set; } = null!;

    public Task<IActionResult> OnGetAsync(string code) => PageOrNotFoundAsync(new Evidence.Query(code), found => Pack = found);
}
