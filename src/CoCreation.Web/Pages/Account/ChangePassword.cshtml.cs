using CoCreation.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;

namespace CoCreation.Web.Pages.Account;

public sealed class ChangePasswordModel : PortalPageModel
{
    [BindProperty]
    public Features.Account.ChangePassword.Command Data { get; set; } = new();

    public bool Done { get; private set; }

    public void OnGet(bool done = false) => Done = done;

    public async Task<IActionResult> OnPostAsync()
    {
        var outcome = await TrySendAsync(Data, nameof(Data));
        return outcome.Succeeded ? RedirectToPage(new { done = true }) : Page();
    }
}
