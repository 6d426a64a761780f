using CoCreation.Web.Features.Campaigns;

namespace CoCreation.Web.Pages.Campaigns;

/// <summary>/campaigns/{slug}/dashboard: the campaign's participation in charts and tables.</summary>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = PublicPageCache.Policy)]
public sealed class DashboardModel : PortalPageModel
{
    public Dashboard.Model Dashboard { get; private set; } = null!;

    public Task<IActionResult> OnGetAsync(string slug) => PageOrNotFoundAsync(new Dashboard.Query(slug), found => Dashboard = found);
}
