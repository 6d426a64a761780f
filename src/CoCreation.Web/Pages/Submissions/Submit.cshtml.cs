using CoCreation.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace CoCreation.Web.Pages.Submissions;

[EnableRateLimiting(RateLimits.Contribution)]
public sealed class SubmitModel : PortalPageModel
{
    [BindProperty]
    public Features.Submissions.Submit.Command Data { get; set; } = new();

    public IReadOnlyList<Features.Submissions.MemberChoices.Item> Members { get; private set; } = [];

    public async Task OnGetAsync(string? member)
    {
        // A fresh key per form shown: a double click (or a resend after a timeout) posts the same key.
        Data = new() { IdempotencyKey = Guid.NewGuid(), MemberCode = member?.ToUpperInvariant() ?? "", Language = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName };
        Members = await Sender.Send(new Features.Submissions.MemberChoices.Query(), HttpContext.RequestAborted);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var outcome = await TrySendAsync(Data, nameof(Data));
        if (outcome.Succeeded)
        {
            return outcome.Value is { } id ? RedirectToPage("/Submissions/Details", new { id, sent = true }) : RedirectToPage("/Submissions/Mine");
        }

        Members = await Sender.Send(new Features.Submissions.MemberChoices.Query(), HttpContext.RequestAborted);
        return Page();
    }
}
