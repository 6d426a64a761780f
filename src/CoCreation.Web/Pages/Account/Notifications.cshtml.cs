using CoCreation.Web.Features.Notifications;
using CoCreation.Web.Pages.Shared;

namespace CoCreation.Web.Pages.Account;

/// <summary>/account/notifications: what happened to what the person follows; read one, or all, with a button each.</summary>
public sealed class NotificationsModel : PortalPageModel
{
    public Features.Notifications.Index.Model Result { get; private set; } = null!;

    public async Task OnGetAsync(string? after)
    {
        Result = await Sender.Send(new Features.Notifications.Index.Query(after), HttpContext.RequestAborted);

        // The header reads the count this page has just read, rather than asking again.
        HeaderCounts.Keep(HttpContext, Result.Unread);
    }

    public async Task<IActionResult> OnPostReadAsync(long id)
    {
        await TrySendAsync(new MarkRead.Command(id), "");
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostReadAllAsync()
    {
        await TrySendAsync(new MarkRead.Command(null), "");
        return RedirectToPage();
    }
}
