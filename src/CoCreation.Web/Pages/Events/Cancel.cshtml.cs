using CoCreation.Web.Features.Events;

namespace CoCreation.Web.Pages.Events;

/// <summary>The personal cancellation link: the GET shows a button, only the POST cancels.</summary>
public sealed class CancelModel : PortalPageModel
{
    public bool Done { get; private set; }

    public void OnGet(Guid code, bool done = false) => Done = done;

    public async Task<IActionResult> OnPostAsync(Guid code)
    {
        var outcome = await TrySendAsync(new CancelRegistration.Command(code), "");
        if (outcome.Succeeded)
        {
            return outcome.Value is null ? NotFound() : RedirectToPage(new { code, done = true });
        }

        return Page();
    }
}
