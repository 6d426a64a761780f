using CoCreation.Web.Features.Members;

namespace CoCreation.Web.Pages.Members;

public sealed class InviteContactModel : CommandPage<InviteContact.Command>
{
    public InviteContact.Model Member { get; private set; } = null!;

    public bool Sent { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, bool sent = false)
    {
        Sent = sent;
        Data = new() { Code = code, Language = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName };
        return await ShowAsync(code);
    }

    public async Task<IActionResult> OnPostAsync(string code)
    {
        Data = Data with { Code = code };
        var outcome = await TrySendAsync(Data, nameof(Data));
        return outcome.Succeeded ? RedirectToPage(new { code, sent = true }) : await ShowAsync(code);
    }

    private Task<IActionResult> ShowAsync(string code) => PageOrNotFoundAsync(new InviteContact.Query(code), found => Member = found);
}
