using CoCreation.Web.Features.Members;

namespace CoCreation.Web.Pages.Members;

public sealed class CreateModel : CommandPage<Create.Command>
{
    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        var outcome = await TrySendAsync(Data, nameof(Data));
        return outcome.Succeeded ? RedirectToPage("/Members/Details", new { code = outcome.Value!.ToLowerInvariant() }) : Page();
    }
}
