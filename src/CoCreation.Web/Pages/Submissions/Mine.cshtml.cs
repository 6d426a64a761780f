using CoCreation.Web.Features.Submissions;

namespace CoCreation.Web.Pages.Submissions;

public sealed class MineModel : PortalPageModel
{
    public IReadOnlyList<Mine.Item> Items { get; private set; } = [];

    public async Task OnGetAsync() => Items = await Sender.Send(new Mine.Query(), HttpContext.RequestAborted);
}
