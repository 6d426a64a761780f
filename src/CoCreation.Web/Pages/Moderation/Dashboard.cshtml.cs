using CoCreation.Web.Features.Moderation;
using CoCreation.Web.Features.Submissions;
using CoCreation.Web.Infrastructure.Web;

namespace CoCreation.Web.Pages.Moderation;

/// <summary>/moderation/dashboard: the Support Unit's queue age, forwarding backlog and officials who have not answered.</summary>
public sealed class DashboardModel(Microsoft.Extensions.Options.IOptions<ResponseReminders.Options> reminders) : PortalPageModel
{
    /// <summary>The reminder schedule (days after forwarding), told beside the officials' table.</summary>
    public IReadOnlyList<int> ReminderDays => reminders.Value.Steps;

    public Dashboard.Model Dashboard { get; private set; } = null!;

    public async Task OnGetAsync() => Dashboard = await Sender.Send(new Dashboard.Query(), HttpContext.RequestAborted);
}
