using CoCreation.Web.Features.ActionPlans;

namespace CoCreation.Web.Pages.ActionPlans;

public sealed class DetailsModel : PortalPageModel
{
    public Details.Model Plan { get; private set; } = null!;

    public Task<IActionResult> OnGetAsync(string code, string cycle) =>
        PageOrNotFoundAsync(new Details.Query(code, cycle), found => Plan = found);
}
