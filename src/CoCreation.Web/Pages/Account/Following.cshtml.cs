using CoCreation.Web.Features.Notifications;

namespace CoCreation.Web.Pages.Account;

public sealed class FollowingModel : PortalPageModel
{
    public IReadOnlyList<Following.Item> Items { get; private set; } = [];

    public async Task OnGetAsync() => Items = await Sender.Send(new Following.Query(), HttpContext.RequestAborted);
}
