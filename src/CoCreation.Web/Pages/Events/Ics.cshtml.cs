using CoCreation.Web.Features.Events;

namespace CoCreation.Web.Pages.Events;

/// <summary>/events/{id}.ics: one event to add to a calendar.</summary>
public sealed class IcsModel : PortalPageModel
{
    public async Task<IActionResult> OnGetAsync(int id)
    {
        var calendar = await Sender.Send(new Calendar.Query(EventId: id), HttpContext.RequestAborted);
        return calendar is null
            ? NotFound()
            : File(System.Text.Encoding.UTF8.GetBytes(calendar), "text/calendar; charset=utf-8", $"event-{id}.ics");
    }
}
