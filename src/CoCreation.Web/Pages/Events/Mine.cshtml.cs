using CoCreation.Web.Features.Events;

namespace CoCreation.Web.Pages.Events;

public sealed class MineModel : PortalPageModel
{
    public IReadOnlyList<Mine.Item> Items { get; private set; } = [];

    public async Task OnGetAsync() => Items = await Sender.Send(new Mine.Query(), HttpContext.RequestAborted);
}
