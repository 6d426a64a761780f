using CoCreation.Web.Infrastructure.Web;

namespace CoCreation.Web.Pages.Blog;

/// <summary>/blog/mine: the person's posts at every step.</summary>
public sealed class MineModel : PortalPageModel
{
    public IReadOnlyList<Features.Blog.Mine.Item> Posts { get; private set; } = [];

    public async Task OnGetAsync() => Posts = await Sender.Send(new Features.Blog.Mine.Query(), HttpContext.RequestAborted);
}
