using CoCreation.Web.Features.Commitments;
using CoCreation.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;

namespace CoCreation.Web.Pages.Commitments;

public sealed class DetailsModel : PortalPageModel
{
    public Details.Model Commitment { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string ogpId)
    {
        var commitment = await Sender.Send(new Details.Query(ogpId), HttpContext.RequestAborted);
        if (commitment is null)
        {
            return NotFound();
        }

        Commitment = commitment;
        return Page();
    }
}
