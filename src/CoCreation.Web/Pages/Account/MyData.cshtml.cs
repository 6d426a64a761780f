using CoCreation.Web.Features.Account;

namespace CoCreation.Web.Pages.Account;

/// <summary>/account/my-data: what the portal holds about the signed-in person, counted, and the download of all of it.</summary>
public sealed class MyDataModel : PortalPageModel
{
    public MyData.Model Data { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        Response.Headers.CacheControl = "no-store";
        Data = await Sender.Send(new MyData.Query(), HttpContext.RequestAborted);
    }
}
