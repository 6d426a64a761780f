using CoCreation.Web.Features.Notifications;

namespace CoCreation.Web.Pages.Account;

/// <summary>/account/follow: where every follow button posts; back to the page it was pressed on (Post/Redirect/Get).</summary>
public sealed class FollowModel : CommandPage<Follow.Command>
{
    public IActionResult OnGet() => Redirect(Paths.Following());

    public async Task<IActionResult> OnPostAsync(string? returnUrl)
    {
        var outcome = await TrySendAsync(Data, nameof(Data));
        if (!outcome.Succeeded || !outcome.Value)
        {
            return NotFound();
        }

        return Redirect(ReturnAddress.Safe(returnUrl) ?? Paths.Following());
    }
}
