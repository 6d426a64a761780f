using System.Globalization;
using System.ServiceModel.Syndication;
using CoCreation.Web.Features.Timelines;

namespace CoCreation.Web.Pages.Timelines;

/// <summary>Atom feeds of timeline publications and changes: /members/{code}/timeline/feed.atom and /timelines/feed.atom.</summary>
public sealed class FeedModel(PortalLinks links) : PortalPageModel
{
    public async Task<IActionResult> OnGetAsync(string? code)
    {
        var feed = await Sender.Send(new Feed.Query(code), HttpContext.RequestAborted);
        if (feed is null)
        {
            return NotFound();
        }

        var ui = CultureInfo.CurrentUICulture;
        var items = feed
            .Entries.Select(e =>
            {
                var link = links.To(Paths.Timeline(e.MemberCode));
                var what = e.Change is { } change
                    ? TimelineText.Describe(Text, change, e.Subject ?? "", e.Fields)
                    : Text["Timeline.FeedPublished", e.Cycle].Value;
                return new SyndicationItem($"{e.MemberName.In(ui)}: {what}", what, new Uri(link), $"urn:cocreation:{e.Id}", e.At)
                {
                    PublishDate = e.At,
                };
            })
            .ToList();
        var self = code is null ? Paths.TimelinesFeed() : Paths.TimelineFeed(code);
        var title = feed.MemberName is { } name ? Text["Timeline.FeedTitle", name.In(ui)] : Text["Timeline.FeedAll"];
        var page = code is null ? Paths.Home() : Paths.Timeline(code);
        await AtomFeed.WriteAsync(Response, title, Text["Site.Name"], links.To(page), links.To(self), items);
        return new EmptyResult();
    }
}
