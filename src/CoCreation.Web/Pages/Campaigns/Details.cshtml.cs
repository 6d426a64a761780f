using System.Globalization;
using CoCreation.Domain.Notifications;
using CoCreation.Web.Features.Campaigns;
using CoCreation.Web.Pages.Shared;
using CampaignTimelines = CoCreation.Web.Features.Timelines.CampaignTimelines;

namespace CoCreation.Web.Pages.Campaigns;

[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = PublicPageCache.Policy)]
public sealed class DetailsModel : PortalPageModel
{
    public Details.Model Campaign { get; private set; } = null!;

    public CampaignTimelines.Model Timelines { get; private set; } = null!;

    public FollowButton Follow { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug)
    {
        var campaign = await Sender.Send(new Details.Query(slug), HttpContext.RequestAborted);
        if (campaign is null)
        {
            return NotFound();
        }

        Campaign = campaign;
        Timelines = await Sender.Send(new CampaignTimelines.Query(campaign.Slug), HttpContext.RequestAborted);
        Follow = await FollowButton.ForAsync(this, FollowedKind.Campaign, campaign.Slug, campaign.Title.In(CultureInfo.CurrentUICulture));
        return Page();
    }
}
