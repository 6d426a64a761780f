using CoCreation.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;

namespace CoCreation.Web.Pages.Campaigns;

[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = Infrastructure.Web.PublicPageCache.Policy)]
public sealed class DetailsModel : PortalPageModel
{
    public Features.Campaigns.Details.Model Campaign { get; private set; } = null!;

    public Features.Timelines.CampaignTimelines.Model Timelines { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug)
    {
        var campaign = await Sender.Send(new Features.Campaigns.Details.Query(slug), HttpContext.RequestAborted);
        if (campaign is null)
        {
            return NotFound();
        }

        Campaign = campaign;
        Timelines = await Sender.Send(new Features.Timelines.CampaignTimelines.Query(campaign.Slug), HttpContext.RequestAborted);
        return Page();
    }
}
