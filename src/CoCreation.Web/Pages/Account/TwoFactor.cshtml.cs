using CoCreation.Web.Features.Account;
using Microsoft.AspNetCore.RateLimiting;

namespace CoCreation.Web.Pages.Account;

/// <summary>Its forms ask for the password again: rate-limited like sign-in, on top of the lockout count.</summary>
[EnableRateLimiting(RateLimits.Account)]
public sealed class TwoFactorModel : PortalPageModel
{
    public TwoFactor.Model State { get; private set; } = null!;

    [BindProperty]
    public SetUpTwoFactor.Command SetUp { get; set; } = new();

    [BindProperty]
    public EnableTwoFactor.Command Enable { get; set; } = new();

    [BindProperty]
    public DisableTwoFactor.Command Disable { get; set; } = new();

    /// <summary>Only in the answer to a successful confirmation: shown once, never again.</summary>
    public IReadOnlyList<string>? RecoveryCodes { get; private set; }

    [BindProperty(SupportsGet = true)]
    public bool Required { get; set; }

    public bool Disabled { get; private set; }

    public async Task OnGetAsync(bool disabled = false)
    {
        Disabled = disabled;
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostSetUpAsync()
    {
        ModelState.Clear();
        var outcome = await TrySendAsync(SetUp, nameof(SetUp));
        if (outcome.Succeeded)
        {
            return RedirectToPage(new { required = Required ? true : (bool?)null });
        }

        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostEnableAsync()
    {
        ModelState.Clear();
        var outcome = await TrySendAsync(Enable, nameof(Enable));
        if (outcome.Succeeded)
        {
            RecoveryCodes = outcome.Value;
            Required = false;
        }

        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        ModelState.Clear();
        var outcome = await TrySendAsync(Disable, nameof(Disable));
        if (outcome.Succeeded)
        {
            return RedirectToPage(new { disabled = true });
        }

        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Response.Headers.CacheControl = "no-store";
        State = await Sender.Send(new TwoFactor.Query(), HttpContext.RequestAborted);
    }
}
