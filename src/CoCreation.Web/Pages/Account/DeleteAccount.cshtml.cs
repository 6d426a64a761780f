using CoCreation.Web.Features.Account;
using Microsoft.AspNetCore.RateLimiting;

namespace CoCreation.Web.Pages.Account;

/// <summary>/account/delete: a participant deletes their account, confirming with their password.</summary>
[EnableRateLimiting(RateLimits.Account)]
public sealed class DeleteAccountModel : CommandPage<DeleteAccount.Command>
{
    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        var outcome = await TrySendAsync(Data, nameof(Data));
        Data.Password = "";
        return outcome.Succeeded ? Redirect(Paths.SignIn() + "?deleted=True") : Page();
    }
}
