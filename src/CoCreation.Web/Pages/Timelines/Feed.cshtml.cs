using System.Globalization;
using System.ServiceModel.Syndication;
using System.Xml;
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
        var atom = new SyndicationFeed(
            title,
            Text["Site.Name"],
            new Uri(links.To(code is null ? Paths.Home() : Paths.Timeline(code))),
            links.To(self),
            items.Count > 0 ? items.Max(i => i.LastUpdatedTime) : DateTimeOffset.UnixEpoch,
            items
        );
        Response.ContentType = "application/atom+xml; charset=utf-8";
        await using var writer = XmlWriter.Create(
            Response.Body,
            new XmlWriterSettings { Async = true, Encoding = new System.Text.UTF8Encoding(false) }
        );
        new Atom10FeedFormatter(atom).WriteTo(writer);
        await writer.FlushAsync();
        return new EmptyResult();
    }
}
