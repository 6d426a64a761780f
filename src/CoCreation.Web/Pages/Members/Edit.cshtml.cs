using CoCreation.Web.Features.Members;

namespace CoCreation.Web.Pages.Members;

public sealed class EditModel : CommandPage<Edit.Command>
{
    public Task<IActionResult> OnGetAsync(string code) => PageOrNotFoundAsync(new Edit.Query(code), found => Data = found);

    public async Task<IActionResult> OnPostAsync(string code)
    {
        // The address names the member; a tampered hidden field cannot redirect the change elsewhere.
        Data = Data with { Code = code };
        var outcome = await TrySendAsync(Data, nameof(Data));
        if (outcome.Succeeded && !outcome.Value)
        {
            return NotFound();
        }

        return outcome.Succeeded ? RedirectToPage("/Members/Details", new { code = code.ToLowerInvariant() }) : Page();
    }
}
