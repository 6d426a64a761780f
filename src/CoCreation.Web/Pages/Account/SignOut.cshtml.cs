using CoCreation.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;

namespace CoCreation.Web.Pages.Account;

public sealed class SignOutModel : PortalPageModel
{
    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        await Sender.Send(new Features.Account.SignOut.Command(), HttpContext.RequestAborted);
        return LocalRedirect(Paths.Home());
    }
}
