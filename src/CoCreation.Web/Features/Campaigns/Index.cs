using System.Globalization;
using CoCreation.Web.Features.OpenData;

namespace CoCreation.Web.Features.Campaigns;

/// <summary>
/// Every campaign, newest first (the page and the event forms show them all); the public API reads them a page at a time (keyset on start
/// date and slug).
/// </summary>
public static class Index
{
    [Allow(Audience.Anonymous)]
    public sealed record Query : KeysetQuery, IQuery<KeysetPage<Item>>;

    /// <summary>Every campaign, streamed, for the open-data downloads.</summary>
    [Allow(Audience.Anonymous)]
    public sealed record Stream : IStreamQuery<Item>;

    public sealed record Item(
        string Slug,
        LocalizedText Title,
        LocalizedText Summary,
        DateOnly StartsOn,
        DateOnly EndsOn,
        int ParticipantCount
    );

    public static string CursorOf(Item item) =>
        Keyset.TextPair(item.StartsOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), item.Slug);

    public sealed class Validator : KeysetQueryValidator<Query>
    {
        public Validator(IStringLocalizer<SharedResource> text)
            : base(text, a => TryParseCursor(a, out _, out _)) { }
    }

    /// <summary>Every campaign when the query names no limit: the page and the event forms show them all.</summary>
    public sealed class Handler(PortalDbContext db)
        : PublicListHandler<Query, Stream, Item>(query => Public(db, query), CursorOf, pageSize: null);

    public static IQueryable<Item> Public(PortalDbContext db, Query query)
    {
        var campaigns = db.Campaigns.AsNoTracking();
        if (query.After is not null && TryParseCursor(query.After, out var startsOn, out var slug))
        {
            campaigns = campaigns.Where(c => c.StartsOn < startsOn || (c.StartsOn == startsOn && string.Compare(c.Slug, slug) > 0));
        }

        return campaigns
            .OrderByDescending(c => c.StartsOn)
            .ThenBy(c => c.Slug)
            .Select(c => new Item(c.Slug, c.Title, c.Summary, c.StartsOn, c.EndsOn, c.Participants.Count));
    }

    private static bool TryParseCursor(string value, out DateOnly startsOn, out string slug)
    {
        startsOn = default;
        return Keyset.TryParseTextPair(value, out var date, out slug)
            && DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out startsOn);
    }
}
