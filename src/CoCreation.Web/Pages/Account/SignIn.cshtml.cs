using Microsoft.AspNetCore.RateLimiting;
using SignInUseCase = CoCreation.Web.Features.Account.SignIn;

namespace CoCreation.Web.Pages.Account;

[EnableRateLimiting(RateLimits.Account)]
public sealed class SignInModel : CommandPage<SignInUseCase.Command>
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool NeedsConfirmation { get; private set; }

    public bool SignedOutEverywhere { get; private set; }

    public bool AccountDeleted { get; private set; }

    public void OnGet(bool signedOut = false, bool deleted = false)
    {
        SignedOutEverywhere = signedOut;
        AccountDeleted = deleted;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var outcome = await TrySendAsync(Data, nameof(Data));
        if (!outcome.Succeeded)
        {
            return Page();
        }

        switch (outcome.Value)
        {
            case SignInUseCase.Result.EmailNotConfirmed:
                NeedsConfirmation = true;
                return Page();
            case SignInUseCase.Result.RequiresTwoFactor:
                return RedirectToPage("/Account/SignInTwoFactor", new { ReturnUrl = ReturnAddress.Safe(ReturnUrl) });
            case SignInUseCase.Result.Failed:
                ModelState.AddModelError("", Text["Account.SignIn.Failed"]);
                return Page();
        }

        return LocalRedirect(ReturnAddress.AfterSignIn(ReturnUrl, outcome.Value == SignInUseCase.Result.SignedInWithWork));
    }
}
