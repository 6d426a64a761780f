using CoCreation.Web.Features.Events;

namespace CoCreation.Web.Pages.Events;

/// <summary>The support unit's registrant list: counts, attendance, and one message to all.</summary>
public sealed class RegistrantsModel : PortalPageModel
{
    public Registrants.Model Registrants { get; private set; } = null!;

    [BindProperty]
    public MessageRegistrants.Command Message { get; set; } = new();

    [TempData]
    public string? Notice { get; set; }

    public Task<IActionResult> OnGetAsync(int id) => ShowAsync(id);

    public async Task<IActionResult> OnPostAttendanceAsync(int id, List<long> present)
    {
        ModelState.Clear();
        var outcome = await TrySendAsync(new Attendance.Command(id, present), "");
        if (outcome.Succeeded)
        {
            if (!outcome.Value)
            {
                return NotFound();
            }

            Notice = Text["Events.AttendanceSaved"];
            return RedirectToPage(new { id });
        }

        return await ShowAsync(id);
    }

    public async Task<IActionResult> OnPostMessageAsync(int id)
    {
        Message = Message with { EventId = id };
        var outcome = await TrySendAsync(Message, nameof(Message));
        if (outcome.Succeeded)
        {
            Notice = Text["Events.MessageQueued", outcome.Value];
            return RedirectToPage(new { id });
        }

        return await ShowAsync(id);
    }

    private Task<IActionResult> ShowAsync(int id) => PageOrNotFoundAsync(new Registrants.Query(id), found => Registrants = found);
}
