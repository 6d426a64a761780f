using CoCreation.Web.Features.Account;
using Microsoft.AspNetCore.RateLimiting;

namespace CoCreation.Web.Pages.Account;

/// <summary>Its forms ask for the password again: rate-limited like sign-in, on top of the lockout count.</summary>
[EnableRateLimiting(RateLimits.Account)]
public sealed class ChangePasswordModel : CommandPage<ChangePassword.Command>
{
    public bool Done { get; private set; }

    public void OnGet(bool done = false) => Done = done;

    public async Task<IActionResult> OnPostAsync()
    {
        var outcome = await TrySendAsync(Data, nameof(Data));
        return outcome.Succeeded ? RedirectToPage(new { done = true }) : Page();
    }
}
