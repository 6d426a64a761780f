using CoCreation.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;

namespace CoCreation.Web.Pages.Commitments;

public sealed class DetailsModel : PortalPageModel
{
    public Features.Commitments.Details.Model Commitment { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string ogpId)
    {
        var commitment = await Sender.Send(new Features.Commitments.Details.Query(ogpId), HttpContext.RequestAborted);
        if (commitment is null)
        {
            return NotFound();
        }

        Commitment = commitment;
        return Page();
    }
}
