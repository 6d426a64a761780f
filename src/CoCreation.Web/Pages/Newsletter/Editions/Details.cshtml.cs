using CoCreation.Web.Features.Newsletter;

namespace CoCreation.Web.Pages.Newsletter.Editions;

/// <summary>/newsletter/editions/{id}: preview in each language (HTML and text), a test to oneself, sending, and its progress.</summary>
public sealed class DetailsModel : PortalPageModel
{
    public Preview.Model Edition { get; private set; } = null!;

    public string? Notice { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, string? notice)
    {
        Notice = notice;
        return await ShowAsync(id);
    }

    public async Task<IActionResult> OnPostTestAsync(int id)
    {
        var outcome = await TrySendAsync(new SendTest.Command(id), "");
        return outcome.Succeeded ? (outcome.Value ? RedirectToPage(new { id, notice = "test" }) : NotFound()) : await ShowAsync(id);
    }

    public async Task<IActionResult> OnPostSendAsync(int id)
    {
        var outcome = await TrySendAsync(new Send.Command(id), "");
        return outcome.Succeeded ? RedirectToPage(new { id, notice = "sending" }) : await ShowAsync(id);
    }

    private Task<IActionResult> ShowAsync(int id) => PageOrNotFoundAsync(new Preview.Query(id), found => Edition = found);
}
