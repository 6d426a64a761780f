using CoCreation.Web.Features.Newsletter;
using Microsoft.AspNetCore.RateLimiting;

namespace CoCreation.Web.Pages.Newsletter;

/// <summary>/newsletter/confirm?token=…: the visitor confirms the emailed link with a button.</summary>
[EnableRateLimiting(RateLimits.Contribution)]
public sealed class ConfirmModel : PortalPageModel
{
    public string? Token { get; private set; }

    public Subscribe.Request? Pending { get; private set; }

    public string? Confirmed { get; private set; }

    public async Task OnGetAsync(string? token)
    {
        Token = token;
        Pending = await Sender.Send(new ConfirmSubscription.Query(token), HttpContext.RequestAborted);
    }

    public async Task<IActionResult> OnPostAsync(string? token)
    {
        var outcome = await TrySendAsync(new ConfirmSubscription.Command(token), "");
        if (outcome.Succeeded)
        {
            Confirmed = outcome.Value;
            return Page();
        }

        await OnGetAsync(token);
        return Page();
    }
}
