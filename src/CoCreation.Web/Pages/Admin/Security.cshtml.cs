using CoCreation.Web.Features.Admin;

namespace CoCreation.Web.Pages.Admin;

public sealed class SecurityModel : PortalPageModel
{
    public Security.Model Settings { get; private set; } = null!;

    [BindProperty]
    public bool RequireStaffTwoFactor { get; set; }

    public bool Saved { get; private set; }

    public async Task OnGetAsync(bool saved = false)
    {
        Saved = saved;
        Settings = await Sender.Send(new Security.Query(), HttpContext.RequestAborted);
        RequireStaffTwoFactor = Settings.RequireStaffTwoFactor;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await Sender.Send(new RequireTwoFactor.Command(RequireStaffTwoFactor), HttpContext.RequestAborted);
        return RedirectToPage(new { saved = true });
    }
}
