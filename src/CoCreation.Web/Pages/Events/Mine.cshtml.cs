using CoCreation.Web.Infrastructure.Web;

namespace CoCreation.Web.Pages.Events;

public sealed class MineModel : PortalPageModel
{
    public IReadOnlyList<Features.Events.Mine.Item> Items { get; private set; } = [];

    public async Task OnGetAsync() => Items = await Sender.Send(new Features.Events.Mine.Query(), HttpContext.RequestAborted);
}
