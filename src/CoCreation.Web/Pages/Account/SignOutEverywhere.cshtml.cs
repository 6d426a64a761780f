using CoCreation.Web.Features.Account;

namespace CoCreation.Web.Pages.Account;

public sealed class SignOutEverywhereModel : PortalPageModel
{
    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        await Sender.Send(new SignOutEverywhere.Command(), HttpContext.RequestAborted);
        return RedirectToPage("/Account/SignIn", new { signedOut = true });
    }
}
