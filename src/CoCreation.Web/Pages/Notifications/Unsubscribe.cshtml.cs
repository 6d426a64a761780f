using CoCreation.Web.Features.Notifications;

namespace CoCreation.Web.Pages.Notifications;

/// <summary>
/// /notifications/unsubscribe/{code}: one button stops the notification emails. The same address takes the RFC 8058
/// one-click POST that mail programs send from the List-Unsubscribe header — without our antiforgery token, which is why it
/// is not asked for here (as on the newsletter's page); the unguessable code is the proof.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class UnsubscribeModel : PortalPageModel
{
    public Unsubscribe.Model Person { get; private set; } = null!;

    public Task<IActionResult> OnGetAsync(string code) => PageOrNotFoundAsync(new Unsubscribe.Query(code), found => Person = found);

    public async Task<IActionResult> OnPostAsync(string code)
    {
        var outcome = await TrySendAsync(new Unsubscribe.Command(code), "");
        if (!outcome.Succeeded || !outcome.Value)
        {
            return NotFound();
        }

        return await OnGetAsync(code);
    }
}
