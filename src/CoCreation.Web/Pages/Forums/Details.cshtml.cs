using CoCreation.Web.Features.Forums;

namespace CoCreation.Web.Pages.Forums;

/// <summary>/members/{code}/forum: the member's multi-stakeholder forum, public.</summary>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = PublicPageCache.Policy)]
public sealed class DetailsModel : PortalPageModel
{
    public Details.Model Forum { get; private set; } = null!;

    public Task<IActionResult> OnGetAsync(string code) => PageOrNotFoundAsync(new Details.Query(code), found => Forum = found);
}
