using CoCreation.Web.Infrastructure.Web;

namespace CoCreation.Web.Pages.Submissions;

public sealed class MineModel : PortalPageModel
{
    public IReadOnlyList<Features.Submissions.Mine.Item> Items { get; private set; } = [];

    public async Task OnGetAsync() => Items = await Sender.Send(new Features.Submissions.Mine.Query(), HttpContext.RequestAborted);
}
