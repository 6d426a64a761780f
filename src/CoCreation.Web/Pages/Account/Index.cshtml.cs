using CoCreation.Web.Features.Account;

namespace CoCreation.Web.Pages.Account;

public sealed class IndexModel : CommandPage<Settings.Command>
{
    public bool Saved { get; private set; }

    [BindProperty]
    public Features.Notifications.ChooseEmail.Command Email { get; set; } = new();

    public bool EmailSaved { get; private set; }

    public async Task OnGetAsync(bool saved = false, bool emailSaved = false)
    {
        Saved = saved;
        EmailSaved = emailSaved;
        Data = await Sender.Send(new Settings.Query(), HttpContext.RequestAborted);
        Email = await Sender.Send(new Features.Notifications.ChooseEmail.Query(), HttpContext.RequestAborted);
    }

    public async Task<IActionResult> OnPostEmailAsync()
    {
        ModelState.Clear();
        var outcome = await TrySendAsync(Email, nameof(Email));
        if (outcome.Succeeded)
        {
            return RedirectToPage(new { emailSaved = true });
        }

        Data = await Sender.Send(new Settings.Query(), HttpContext.RequestAborted);
        return Page();
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
        Email = await Sender.Send(new Features.Notifications.ChooseEmail.Query(), HttpContext.RequestAborted);
        return Page();
    }
}
