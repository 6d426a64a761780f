using CoCreation.Web.Features.Account;

namespace CoCreation.Web.Pages.Account;

public sealed class ConfirmEmailModel : PortalPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool Confirmed { get; private set; }

    public void OnGet(bool confirmed = false) => Confirmed = confirmed;

    public async Task<IActionResult> OnPostAsync()
    {
        var outcome = await TrySendAsync(new ConfirmEmail.Command(UserId, Code), "");
        if (outcome.Succeeded)
        {
            return RedirectToPage(new { confirmed = true, returnUrl = ReturnAddress.Safe(ReturnUrl) });
        }

        ExplainHiddenFields(nameof(UserId), nameof(Code));
        return Page();
    }
}
