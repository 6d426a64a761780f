using CoCreation.Web.Features.Newsletter;
using Microsoft.AspNetCore.RateLimiting;
using EditionsUseCase = CoCreation.Web.Features.Newsletter.Editions;

namespace CoCreation.Web.Pages.Newsletter;

/// <summary>/newsletter: subscribe with an email and a language; the past editions.</summary>
[EnableRateLimiting(RateLimits.Contribution)]
public sealed class IndexModel : CommandPage<Subscribe.Command>
{
    public IReadOnlyList<EditionsUseCase.Item> Past { get; private set; } = [];

    public bool Requested { get; private set; }

    public async Task OnGetAsync(bool requested = false)
    {
        Requested = requested;
        Data = new() { Language = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName };
        Past = await Sender.Send(new EditionsUseCase.Query(SentOnly: true), HttpContext.RequestAborted);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var outcome = await TrySendAsync(Data, nameof(Data));
        if (outcome.Succeeded)
        {
            return RedirectToPage(new { requested = true });
        }

        Past = await Sender.Send(new EditionsUseCase.Query(SentOnly: true), HttpContext.RequestAborted);
        return Page();
    }
}
