using CoCreation.Web.Features.Account;
using Microsoft.AspNetCore.RateLimiting;

namespace CoCreation.Web.Pages.Account;

[EnableRateLimiting(RateLimits.Account)]
public sealed class RegisterModel : CommandPage<Register.Command>
{
    public bool Sent { get; private set; }

    public void OnGet(bool sent = false, string? returnUrl = null)
    {
        Sent = sent;
        Data.ReturnUrl = ReturnAddress.Safe(returnUrl);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var outcome = await TrySendAsync(Data, nameof(Data));
        return outcome.Succeeded ? RedirectToPage(new { sent = true, returnUrl = ReturnAddress.Safe(Data.ReturnUrl) }) : Page();
    }
}
