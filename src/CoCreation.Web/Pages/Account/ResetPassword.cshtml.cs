using CoCreation.Web.Features.Account;
using Microsoft.AspNetCore.RateLimiting;

namespace CoCreation.Web.Pages.Account;

[EnableRateLimiting(RateLimits.Account)]
public sealed class ResetPasswordModel : CommandPage<ResetPassword.Command>
{
    public bool Done { get; private set; }

    public void OnGet(Guid userId, string? code, bool done = false)
    {
        Data = new() { UserId = userId, Code = code };
        Done = done;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var outcome = await TrySendAsync(Data, nameof(Data));
        if (outcome.Succeeded)
        {
            return RedirectToPage(new { done = true });
        }

        ExplainHiddenFields($"{nameof(Data)}.{nameof(Data.UserId)}", $"{nameof(Data)}.{nameof(Data.Code)}");
        return Page();
    }
}
