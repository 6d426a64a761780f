using SignOutUseCase = CoCreation.Web.Features.Account.SignOut;

namespace CoCreation.Web.Pages.Account;

public sealed class SignOutModel : PortalPageModel
{
    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        await Sender.Send(new SignOutUseCase.Command(), HttpContext.RequestAborted);
        return LocalRedirect(Paths.Home());
    }
}
