using CoCreation.Web.Features.Account;
using CoCreation.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;

namespace CoCreation.Web.Pages.Account;

public sealed class IndexModel : PortalPageModel
{
    [BindProperty]
    public Settings.Command Data { get; set; } = new();

    public bool Saved { get; private set; }

    public async Task OnGetAsync(bool saved = false)
    {
        Saved = saved;
        Data = await Sender.Send(new Settings.Query(), HttpContext.RequestAborted);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var outcome = await TrySendAsync(Data, nameof(Data));
        if (outcome.Succeeded)
        {
            return RedirectToPage(new { saved = true });
        }

        // The address is not a form field: shown again from the account, never from the request.
        Data = Data with { Email = (await Sender.Send(new Settings.Query(), HttpContext.RequestAborted)).Email };
        return Page();
    }
}
