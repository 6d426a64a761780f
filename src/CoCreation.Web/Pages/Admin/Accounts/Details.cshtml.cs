using CoCreation.Web.Features.Admin.Accounts;

namespace CoCreation.Web.Pages.Admin.Accounts;

public sealed class DetailsModel : PortalPageModel
{
    public Details.Model Account { get; private set; } = null!;

    [BindProperty]
    public List<string> Roles { get; set; } = [];

    [BindProperty]
    public List<string> MemberCodes { get; set; } = [];

    public bool Saved { get; private set; }

    public Task<IActionResult> OnGetAsync(Guid id, bool saved = false)
    {
        Saved = saved;
        return ShowAsync(id);
    }

    public Task<IActionResult> OnPostRolesAsync(Guid id) => ChangeAsync(id, new SetRoles.Command(id, Roles));

    public Task<IActionResult> OnPostMembersAsync(Guid id) => ChangeAsync(id, new AssignMembers.Command(id, MemberCodes));

    public Task<IActionResult> OnPostLockAsync(Guid id) => ChangeAsync(id, new SetLockout.Command(id, Locked: true));

    public Task<IActionResult> OnPostResetTwoFactorAsync(Guid id) => ChangeAsync(id, new ResetTwoFactor.Command(id));

    public Task<IActionResult> OnPostUnlockAsync(Guid id) => ChangeAsync(id, new SetLockout.Command(id, Locked: false));

    private async Task<IActionResult> ChangeAsync(Guid id, Mediator.ICommand<bool> command)
    {
        var outcome = await TrySendAsync(command, "");
        if (outcome.Succeeded && !outcome.Value)
        {
            return NotFound();
        }

        if (outcome.Succeeded)
        {
            return RedirectToPage(new { id, saved = true });
        }

        return await ShowAsync(id);
    }

    private Task<IActionResult> ShowAsync(Guid id) => PageOrNotFoundAsync(new Details.Query(id), found => Account = found);
}
