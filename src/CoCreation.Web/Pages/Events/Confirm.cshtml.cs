using CoCreation.Web.Features.Events;
using Microsoft.AspNetCore.RateLimiting;

namespace CoCreation.Web.Pages.Events;

/// <summary>/events/{id}/confirm?token=…: a visitor confirms the emailed link with a button.</summary>
[EnableRateLimiting(RateLimits.Contribution)]
public sealed class ConfirmModel : PortalPageModel
{
    public int EventId { get; private set; }

    public string? Token { get; private set; }

    public RequestRegistration.Request? Pending { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, string? token)
    {
        EventId = id;
        Token = token;
        Pending = await Sender.Send(new ConfirmRegistration.Query(id, token), HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, string? token)
    {
        var outcome = await TrySendAsync(new ConfirmRegistration.Command(id, token), "");
        if (outcome.Succeeded)
        {
            if (outcome.Value is not { } status)
            {
                return NotFound();
            }

            TempData[nameof(DetailsModel.Registered)] = status.ToString();
            return RedirectToPage("/Events/Details", new { id });
        }

        EventId = id;
        Token = token;
        Pending = await Sender.Send(new ConfirmRegistration.Query(id, token), HttpContext.RequestAborted);
        return Page();
    }
}
