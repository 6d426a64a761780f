using CoCreation.Web.Features.Account;
using CoCreation.Web.Features.Submissions;
using Microsoft.AspNetCore.RateLimiting;

namespace CoCreation.Web.Pages.Submissions;

[EnableRateLimiting(RateLimits.Contribution)]
public sealed class SubmitModel : CommandPage<Submit.Command>
{
    public IReadOnlyList<MemberChoices.Item> Members { get; private set; } = [];

    /// <summary>Signed out, the page explains why an account is needed and keeps the way back here.</summary>
    public bool SignedIn => User.Identity?.IsAuthenticated == true;

    public async Task OnGetAsync(string? member, Domain.Submissions.SubmissionKind? kind)
    {
        // A fresh key per form shown: a double click (or a resend after a timeout) posts the same key.
        Data = new()
        {
            IdempotencyKey = Guid.NewGuid(),
            MemberCode = member?.ToUpperInvariant() ?? "",
            Language = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName,
        };
        if (kind is { } chosen && Enum.IsDefined(chosen))
        {
            Data.Kind = chosen;
        }

        await LoadMembersAsync();
        if (SignedIn)
        {
            // The organisation given at registration (or on the account page) is filled in; the person may change it here.
            Data.Organisation = (await Sender.Send(new Settings.Query(), HttpContext.RequestAborted)).Organisation;
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!SignedIn)
        {
            return Challenge();
        }

        var outcome = await TrySendAsync(Data, nameof(Data));
        if (outcome.Succeeded)
        {
            return outcome.Value is { } id
                ? RedirectToPage("/Submissions/Details", new { id, sent = true })
                : RedirectToPage("/Submissions/Mine");
        }

        await LoadMembersAsync();
        return Page();
    }

    private async Task LoadMembersAsync() => Members = await Sender.Send(new MemberChoices.Query(), HttpContext.RequestAborted);
}
