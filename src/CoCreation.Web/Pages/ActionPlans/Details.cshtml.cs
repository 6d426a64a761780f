using CoCreation.Web.Features.ActionPlans;
using CoCreation.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;

namespace CoCreation.Web.Pages.ActionPlans;

public sealed class DetailsModel : PortalPageModel
{
    public Details.Model Plan { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code, string cycle)
    {
        var plan = await Sender.Send(new Details.Query(code, cycle), HttpContext.RequestAborted);
        if (plan is null)
        {
            return NotFound();
        }

        Plan = plan;
        return Page();
    }
}
