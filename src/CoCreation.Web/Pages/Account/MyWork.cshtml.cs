using CoCreation.Web.Features.Account;
using CoCreation.Web.Pages.Shared;

namespace CoCreation.Web.Pages.Account;

public sealed class MyWorkModel : PortalPageModel
{
    public MyWork.Model Work { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        Work = await Sender.Send(new MyWork.Query(), HttpContext.RequestAborted);

        // The layout's menu count reads the same answer instead of asking again.
        HeaderCounts.Keep(HttpContext, Work);
    }
}
