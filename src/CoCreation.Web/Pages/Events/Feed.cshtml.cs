using System.Globalization;
using System.ServiceModel.Syndication;
using CoCreation.Web.Features.Events;

namespace CoCreation.Web.Pages.Events;

/// <summary>/events/feed.atom: events as they are planned, newest first.</summary>
public sealed class FeedModel(PortalLinks links) : PortalPageModel
{
    public async Task<IActionResult> OnGetAsync()
    {
        var items = (await Sender.Send(new NewEvents.Query(), HttpContext.RequestAborted))
            .Select(e =>
            {
                var link = links.To(Paths.Event(e.Id));
                var when = EventTime.Line(Text, e.StartsAt, e.EndsAt, e.TimeZone);
                var cancelled = e.Cancelled ? " · " + Text["Events.Cancelled"] : "";
                var description = e.Description is { } d ? "\n\n" + d.In(CultureInfo.CurrentUICulture) : "";
                var summary = $"{Text["EventKind." + e.Kind]} · {when}{cancelled}{description}";
                return new SyndicationItem(
                    e.Title.In(CultureInfo.CurrentUICulture),
                    summary,
                    new Uri(link),
                    link,
                    e.UpdatedAt ?? e.CreatedAt
                )
                {
                    PublishDate = e.CreatedAt,
                };
            })
            .ToList();
        await AtomFeed.WriteAsync(
            Response,
            Text["Events.FeedTitle"],
            Text["Site.Name"],
            links.To(Paths.Events()),
            links.To(Paths.EventsFeed()),
            items
        );
        return new EmptyResult();
    }
}
