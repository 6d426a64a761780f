using CoCreation.Web.Features.Campaigns;
using CoCreation.Web.Infrastructure.Web;

namespace CoCreation.Web.Pages;

[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = Infrastructure.Web.PublicPageCache.Policy)]
public sealed class IndexModel : PortalPageModel
{
    public Details.Model? Campaign { get; private set; }

    public Features.Timelines.CampaignTimelines.Model? Timelines { get; private set; }

    public async Task OnGetAsync()
    {
        Campaign = await Sender.Send(new Details.Query(), HttpContext.RequestAborted);
        if (Campaign is not null)
        {
            Timelines = await Sender.Send(new Features.Timelines.CampaignTimelines.Query(Campaign.Slug), HttpContext.RequestAborted);
        }
    }
}
