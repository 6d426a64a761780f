using Index = CoCreation.Web.Features.Campaigns.Index;

namespace CoCreation.Web.Pages.Campaigns;

public sealed class IndexModel : PortalPageModel
{
    public IReadOnlyList<Index.Item> Campaigns { get; private set; } = [];

    public async Task OnGetAsync() => Campaigns = (await Sender.Send(new Index.Query(), HttpContext.RequestAborted)).Items;
}
