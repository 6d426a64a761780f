using CoCreation.Web.Features.Account;
using Microsoft.AspNetCore.RateLimiting;

namespace CoCreation.Web.Pages.Account;

[EnableRateLimiting(RateLimits.Account)]
public sealed class AcceptInvitationModel : CommandPage<AcceptInvitation.Command>
{
    /// <summary>Null when the link is unknown, used or expired.</summary>
    public AcceptInvitation.Model? Invitation { get; private set; }

    public async Task OnGetAsync(string? code)
    {
        Data = new() { Code = code };
        Invitation = await Sender.Send(new AcceptInvitation.Query(code), HttpContext.RequestAborted);
        if (Invitation is not null)
        {
            Data.DisplayName = Invitation.Name;
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var outcome = await TrySendAsync(Data, nameof(Data));
        if (outcome.Succeeded)
        {
            return LocalRedirect(Paths.Answers());
        }

        Invitation = await Sender.Send(new AcceptInvitation.Query(Data.Code), HttpContext.RequestAborted);
        return Page();
    }
}
