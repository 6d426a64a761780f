using CoCreation.Web.Features.Events;
using Microsoft.AspNetCore.RateLimiting;

namespace CoCreation.Web.Pages.Events;

[EnableRateLimiting(RateLimits.Contribution)]
public sealed class DetailsModel : PortalPageModel
{
    public Details.Model Event { get; private set; } = null!;

    /// <summary>A visitor's name and email, when registering without an account.</summary>
    [BindProperty]
    public RequestRegistration.Command Visitor { get; set; } = new();

    /// <summary>Set after a visitor confirmed their emailed link: Confirmed or Waiting.</summary>
    [TempData]
    public string? Registered { get; set; }

    [TempData]
    public bool Requested { get; set; }

    public Task<IActionResult> OnGetAsync(int id) => ShowAsync(id);

    public async Task<IActionResult> OnPostRegisterAsync(int id)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return Challenge();
        }

        ModelState.Clear();
        var outcome = await TrySendAsync(new Register.Command(id), "");
        if (outcome.Succeeded)
        {
            return outcome.Value is null ? NotFound() : RedirectToPage(new { id });
        }

        return await ShowAsync(id);
    }

    public async Task<IActionResult> OnPostRequestAsync(int id)
    {
        Visitor = Visitor with { EventId = id };
        var outcome = await TrySendAsync(Visitor, nameof(Visitor));
        if (outcome.Succeeded)
        {
            if (!outcome.Value)
            {
                return NotFound();
            }

            Requested = true;
            return Redirect(Paths.Event(id) + "#registration");
        }

        return await ShowAsync(id);
    }

    private Task<IActionResult> ShowAsync(int id) => PageOrNotFoundAsync(new Details.Query(id), found => Event = found);
}
