using CoCreation.Web.Features.Moderation;

namespace CoCreation.Web.Pages.Moderation;

/// <summary>/moderation/dashboard: the Support Unit's queue age, forwarding backlog and officials who have not answered.</summary>
public sealed class DashboardModel : PortalPageModel
{
    public Dashboard.Model Dashboard { get; private set; } = null!;

    public async Task OnGetAsync() => Dashboard = await Sender.Send(new Dashboard.Query(), HttpContext.RequestAborted);
}
