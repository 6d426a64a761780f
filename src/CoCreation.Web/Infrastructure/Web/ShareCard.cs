using System.Text;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace CoCreation.Web.Infrastructure.Web;

/// <summary>
/// What a link to a page shows where it is shared (OpenGraph and Twitter cards, rendered by Pages/Shared/_HeadMeta): a
/// public item's page sets one through <see cref="On"/>; every other page shows the portal's own card. Only pages of
/// public, published items set one, so the words of an unpublished item never reach a card.
/// </summary>
/// <param name="Title">The item's title as readers see it.</param>
/// <param name="Summary">Plain text; <see cref="Shorten"/> keeps it to what a card shows.</param>
/// <param name="Path">The item's own address (<see cref="Paths"/>), made absolute on the configured public base address.</param>
/// <param name="ImagePath">The image shown with the link (a campaign's share image, a blog cover); null: the portal's.</param>
/// <param name="Type">The OpenGraph type: article for a text, website for a list or the home page, profile for a member.</param>
/// <param name="ImageAlt">What the image shows, for those who do not see it; null: the portal's name.</param>
/// <param name="ImageIsCardSized">The image is 1200 × 630 (a share image, not a blog cover of any size).</param>
public sealed record ShareCard(
    string Title,
    string Summary,
    string Path,
    string? ImagePath = null,
    string Type = "article",
    string? ImageAlt = null,
    bool ImageIsCardSized = true
)
{
    /// <summary>The portal's own share image (1200 × 630), drawn by <see cref="ShareCanvas"/> and committed.</summary>
    public const string DefaultImagePath = "/img/share.png";

    /// <summary>The longest summary a card carries: what the networks show before they cut it.</summary>
    public const int SummaryMax = 200;

    private const string Key = nameof(ShareCard);

    /// <summary>Sets the card of the page being rendered.</summary>
    public static void On(ViewDataDictionary viewData, ShareCard card) => viewData[Key] = card;

    /// <summary>The page's card, if it set one.</summary>
    public static ShareCard? Of(ViewDataDictionary viewData) => viewData[Key] as ShareCard;

    /// <summary>
    /// The first of <paramref name="texts"/> that says something, as one line of plain text of at most
    /// <see cref="SummaryMax"/> characters, cut at a word with an ellipsis.
    /// </summary>
    public static string Shorten(params string?[] texts)
    {
        var text = texts.FirstOrDefault(t => !string.IsNullOrWhiteSpace(t)) ?? "";
        var line = new StringBuilder(Math.Min(text.Length, SummaryMax + 1));
        foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length + word.Length + 1 > SummaryMax)
            {
                if (line.Length == 0)
                {
                    line.Append(word.AsSpan(0, SummaryMax - 1));
                }

                return line.Append('…').ToString();
            }

            line.Append(line.Length == 0 ? "" : " ").Append(word);
        }

        return line.ToString();
    }
}

/// <summary>
/// An Atom feed a page offers, announced in its head (<c>&lt;link rel="alternate" type="application/atom+xml"&gt;</c>) so a
/// feed reader given the page's address finds it.
/// </summary>
public sealed record FeedLink(string Title, string Path)
{
    private const string Key = nameof(FeedLink);

    /// <summary>Adds a feed to those the page being rendered announces.</summary>
    public static void On(ViewDataDictionary viewData, string title, string path)
    {
        var feeds = viewData[Key] as List<FeedLink> ?? [];
        if (!feeds.Any(f => f.Path == path))
        {
            feeds.Add(new FeedLink(title, path));
        }

        viewData[Key] = feeds;
    }

    public static IReadOnlyList<FeedLink> Of(ViewDataDictionary viewData) => viewData[Key] as List<FeedLink> ?? [];
}
