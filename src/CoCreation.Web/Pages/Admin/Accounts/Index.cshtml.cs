using CoCreation.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;

namespace CoCreation.Web.Pages.Admin.Accounts;

public sealed class IndexModel : PortalPageModel
{
    [BindProperty(SupportsGet = true)]
    public Features.Admin.Accounts.Index.Query Filter { get; set; } = new();

    public Features.Admin.Accounts.Index.Model Result { get; private set; } = new([], false);

    public async Task OnGetAsync() => Result = await Sender.Send(ModelState.IsValid ? Filter : new(), HttpContext.RequestAborted);
}
