using CoCreation.Web.Features.Campaigns;
using CoCreation.Web.Infrastructure.Web;

namespace CoCreation.Web.Pages;

public sealed class IndexModel : PortalPageModel
{
    public Current.Model? Campaign { get; private set; }

    public async Task OnGetAsync() => Campaign = await Sender.Send(new Current.Query(), HttpContext.RequestAborted);
}
