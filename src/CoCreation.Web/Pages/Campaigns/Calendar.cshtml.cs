using CoCreation.Web.Features.Events;

namespace CoCreation.Web.Pages.Campaigns;

/// <summary>/campaigns/{slug}/calendar.ics: every event of a campaign, to subscribe to.</summary>
public sealed class CalendarModel : PortalPageModel
{
    public async Task<IActionResult> OnGetAsync(string slug)
    {
        var calendar = await Sender.Send(new Calendar.Query(CampaignSlug: slug), HttpContext.RequestAborted);
        return calendar is null
            ? NotFound()
            : File(System.Text.Encoding.UTF8.GetBytes(calendar), "text/calendar; charset=utf-8", $"{slug}.ics");
    }
}
