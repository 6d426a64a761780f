using CoCreation.Web.Infrastructure.Web;

namespace CoCreation.Web.Pages.Answers;

public sealed class IndexModel : PortalPageModel
{
    public IReadOnlyList<Features.Answers.Index.Item> Items { get; private set; } = [];

    public async Task OnGetAsync() => Items = await Sender.Send(new Features.Answers.Index.Query(), HttpContext.RequestAborted);
}
