using CoCreation.Web.Features.Campaigns;
using CoCreation.Web.Infrastructure.Web;

namespace CoCreation.Web.Pages;

[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = Infrastructure.Web.PublicPageCache.Policy)]
public sealed class IndexModel : PortalPageModel
{
    public Details.Model? Campaign { get; private set; }

    public async Task OnGetAsync() => Campaign = await Sender.Send(new Details.Query(), HttpContext.RequestAborted);
}
