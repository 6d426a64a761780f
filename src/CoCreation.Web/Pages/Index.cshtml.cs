using CoCreation.Web.Features.Campaigns;

namespace CoCreation.Web.Pages;

[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = PublicPageCache.Policy)]
public sealed class IndexModel : PortalPageModel
{
    public Home.Model Home { get; private set; } = null!;

    public async Task OnGetAsync() => Home = await Sender.Send(new Home.Query(), HttpContext.RequestAborted);
}
