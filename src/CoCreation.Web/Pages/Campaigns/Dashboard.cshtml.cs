using CoCreation.Web.Features.Campaigns;
using CoCreation.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;

namespace CoCreation.Web.Pages.Campaigns;

/// <summary>/campaigns/{slug}/dashboard: the campaign's participation in charts and tables.</summary>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = PublicPageCache.Policy)]
public sealed class DashboardModel : PortalPageModel
{
    public Dashboard.Model Dashboard { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug)
    {
        var dashboard = await Sender.Send(new Dashboard.Query(slug), HttpContext.RequestAborted);
        if (dashboard is null)
        {
            return NotFound();
        }

        Dashboard = dashboard;
        return Page();
    }
}
