using CoCreation.Web.Features.Newsletter;

namespace CoCreation.Web.Pages.Newsletter;

/// <summary>
/// /newsletter/unsubscribe/{code}: one button leaves the newsletter. The same address takes the
/// RFC 8058 one-click POST that mail programs send from the List-Unsubscribe header — without our
/// antiforgery token, which is why it is not asked for here; the unguessable code is the proof.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class UnsubscribeModel : PortalPageModel
{
    public Unsubscribe.Model Subscriber { get; private set; } = null!;

    public bool Done { get; private set; }

    public Task<IActionResult> OnGetAsync(string code) => PageOrNotFoundAsync(new Unsubscribe.Query(code), found => Subscriber = found);

    public async Task<IActionResult> OnPostAsync(string code)
    {
        var outcome = await TrySendAsync(new Unsubscribe.Command(code), "");
        if (!outcome.Succeeded || !outcome.Value)
        {
            return NotFound();
        }

        Done = true;
        return await OnGetAsync(code);
    }
}
