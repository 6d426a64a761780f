using Index = CoCreation.Web.Features.Answers.Index;

namespace CoCreation.Web.Pages.Answers;

public sealed class IndexModel : PortalPageModel
{
    public IReadOnlyList<Index.Item> Items { get; private set; } = [];

    public async Task OnGetAsync() => Items = await Sender.Send(new Index.Query(), HttpContext.RequestAborted);
}
