using CoCreation.Web.Infrastructure.Web;

namespace CoCreation.Web.Pages.Campaigns;

public sealed class IndexModel : PortalPageModel
{
    public IReadOnlyList<Features.Campaigns.Index.Item> Campaigns { get; private set; } = [];

    public async Task OnGetAsync() =>
        Campaigns = (await Sender.Send(new Features.Campaigns.Index.Query(), HttpContext.RequestAborted)).Items;
}
