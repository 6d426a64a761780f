using CoCreation.Web.Features.Account;
using Microsoft.AspNetCore.RateLimiting;

namespace CoCreation.Web.Pages.Account;

[EnableRateLimiting(RateLimits.Account)]
public sealed class SignInTwoFactorModel : CommandPage<SignInTwoFactor.Command>
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        var outcome = await TrySendAsync(Data, nameof(Data));
        if (!outcome.Succeeded)
        {
            return Page();
        }

        switch (outcome.Value)
        {
            case SignInTwoFactor.Result.Expired:
                return RedirectToPage("/Account/SignIn", new { ReturnUrl = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : null });
            case SignInTwoFactor.Result.Failed:
                ModelState.AddModelError("", Text["Account.SignInTwoFactor.Failed"]);
                return Page();
        }

        return LocalRedirect(ReturnAddress.AfterSignIn(ReturnUrl, outcome.Value == SignInTwoFactor.Result.SignedInWithWork));
    }
}
