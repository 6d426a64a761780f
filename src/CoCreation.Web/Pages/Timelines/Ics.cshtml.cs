using CoCreation.Web.Features.Timelines;

namespace CoCreation.Web.Pages.Timelines;

/// <summary>/members/{code}/timeline.ics and /members/{code}/timeline/activities/{activityId}.ics.</summary>
public sealed class IcsModel : PortalPageModel
{
    public async Task<IActionResult> OnGetAsync(string code, int? activityId)
    {
        var calendar = await Sender.Send(new Calendar.Query(code, activityId), HttpContext.RequestAborted);
        var name = activityId is { } id ? $"activity-{id}.ics" : $"timeline-{code.ToLowerInvariant()}.ics";
        return calendar is null ? NotFound() : File(System.Text.Encoding.UTF8.GetBytes(calendar), "text/calendar; charset=utf-8", name);
    }
}
