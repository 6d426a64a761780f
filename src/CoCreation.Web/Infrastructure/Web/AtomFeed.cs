using System.ServiceModel.Syndication;
using System.Xml;

namespace CoCreation.Web.Infrastructure.Web;

/// <summary>Writes a feed as Atom 1.0 (RFC 4287) straight to the response.</summary>
public static class AtomFeed
{
    /// <summary>
    /// Writes the feed <paramref name="title"/> of <paramref name="items"/>: its id is its own address
    /// <paramref name="self"/>, its link the page <paramref name="page"/> it follows, and it was last updated when its
    /// newest item was (the epoch when it has none).
    /// </summary>
    public static async Task WriteAsync(
        HttpResponse response,
        string title,
        string subtitle,
        string page,
        string self,
        IReadOnlyCollection<SyndicationItem> items
    )
    {
        var updated = items.Count > 0 ? items.Max(i => i.LastUpdatedTime) : DateTimeOffset.UnixEpoch;
        var feed = new SyndicationFeed(title, subtitle, new Uri(page), self, updated, items);
        response.ContentType = "application/atom+xml; charset=utf-8";
        await using var writer = XmlWriter.Create(
            response.Body,
            new XmlWriterSettings { Async = true, Encoding = new System.Text.UTF8Encoding(false) }
        );
        new Atom10FeedFormatter(feed).WriteTo(writer);
        await writer.FlushAsync();
    }

    /// <summary>Marks a participant's words with the language they are written in (xml:lang), for readers and screen readers.</summary>
    public static TextSyndicationContent WrittenIn(this TextSyndicationContent content, string language)
    {
        content.AttributeExtensions[new XmlQualifiedName("lang", "http://www.w3.org/XML/1998/namespace")] = language;
        return content;
    }
}
