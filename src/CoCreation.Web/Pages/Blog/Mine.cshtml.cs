using CoCreation.Web.Features.Blog;

namespace CoCreation.Web.Pages.Blog;

/// <summary>/blog/mine: the person's posts at every step.</summary>
public sealed class MineModel : PortalPageModel
{
    public IReadOnlyList<Mine.Item> Posts { get; private set; } = [];

    public async Task OnGetAsync() => Posts = await Sender.Send(new Mine.Query(), HttpContext.RequestAborted);
}
