using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace CoCreation.Web.Infrastructure.Web;

/// <summary>An event's moment in its own time zone (IANA id), and how pages show it: local time, zone and UTC.</summary>
public static class EventTime
{
    /// <summary>The moment in the zone; UTC when the zone is unknown to this server.</summary>
    public static DateTimeOffset InZone(DateTimeOffset moment, string timeZone) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var zone) ? TimeZoneInfo.ConvertTime(moment, zone) : moment;

    /// <summary>The visitor's own zone, remembered in a cookie the page's script sets from the browser.</summary>
    public const string VisitorZoneCookie = "portal-tz";

    public static string? VisitorZone(HttpContext http) =>
        http.Request.Cookies[VisitorZoneCookie] is { Length: > 0 and <= 64 } id && TimeZoneInfo.TryFindSystemTimeZoneById(id, out _)
            ? id
            : null;

    /// <summary>
    /// From start to end as clock readings in one zone: the date once and both times when the two fall on one day
    /// ("Tuesday, March 28, 2017, 2:00 PM–3:30 PM"), else both dates with their times.
    /// </summary>
    public static (string Start, string Dash, string End) Range(DateTime start, DateTime end, CultureInfo culture) =>
        start.Date == end.Date
            ? ($"{start.ToString("D", culture)}, {start.ToString("t", culture)}", "–", end.ToString("t", culture))
            : (start.ToString("f", culture), " – ", end.ToString("f", culture));

    /// <summary>
    /// What <see cref="Show"/> says, as plain text for emails, feeds and share cards, in the current culture: the date
    /// and the start–end times in the event's zone ("Tuesday, March 28, 2017, 2:00 PM–3:30 PM"), and the zone
    /// ("time zone: Brussels (UTC+02:00)").
    /// </summary>
    public static (string When, string Zone) Describe(
        IStringLocalizer text,
        DateTimeOffset startsAt,
        DateTimeOffset endsAt,
        string timeZone
    )
    {
        var (start, dash, end) = Range(InZone(startsAt, timeZone).DateTime, InZone(endsAt, timeZone).DateTime, CultureInfo.CurrentCulture);
        return (start + dash + end, Zone(text, startsAt, timeZone));
    }

    /// <summary>
    /// What <see cref="Describe"/> says on one line: "Tuesday, March 28, 2017, 2:00 PM–3:30 PM · time zone: Brussels (UTC+02:00)".
    /// </summary>
    public static string Line(IStringLocalizer text, DateTimeOffset startsAt, DateTimeOffset endsAt, string timeZone)
    {
        var (when, zone) = Describe(text, startsAt, endsAt, timeZone);
        return $"{when} · {zone}";
    }

    /// <summary>"time zone: Brussels (UTC+02:00)": the zone by name with its offset from UTC on that day; only "UTC" for UTC.</summary>
    private static string Zone(IStringLocalizer text, DateTimeOffset on, string timeZone) =>
        text[
            "EventTime.Zone",
            TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var found) && found.Id != "UTC" && found.Id != "Etc/UTC"
                ? TimeZoneChoices.Friendly(found, on.UtcDateTime)
                : "UTC"
        ];

    /// <summary>
    /// The date and the start–end times in the event's zone, each end a &lt;time&gt;, then the zone by name with its
    /// offset from UTC on that day ("Brussels (UTC+02:00)"; only "UTC" for UTC itself); then the same in the visitor's
    /// zone when it is known and differs, and when unknown an empty placeholder the script fills from the browser's clock.
    /// </summary>
    public static IHtmlContent Show(
        IStringLocalizer text,
        DateTimeOffset startsAt,
        DateTimeOffset endsAt,
        string timeZone,
        HttpContext http
    )
    {
        var culture = CultureInfo.CurrentCulture;
        var encoder = PortalHtml.Encoder;
        var (start, dash, end) = Range(InZone(startsAt, timeZone).DateTime, InZone(endsAt, timeZone).DateTime, culture);
        var (iso, isoEnd) = (HtmlTime.Of(startsAt), HtmlTime.Of(endsAt));
        var html =
            $"<time datetime=\"{iso}\">{encoder.Encode(start)}</time>{dash}<time datetime=\"{isoEnd}\">{encoder.Encode(end)}</time>"
            + $" · <span class=\"event-zone\">{encoder.Encode(Zone(text, startsAt, timeZone))}</span>";
        var visitor = VisitorZone(http);
        if (visitor is null)
        {
            var yours = encoder.Encode(text["EventTime.Yours"]);
            html += $"<span class=\"visitor-time\" data-utc=\"{iso}\" data-utc-end=\"{isoEnd}\" data-label=\"{yours}\" hidden></span>";
        }
        else if (!string.Equals(visitor, timeZone, StringComparison.Ordinal))
        {
            var (yourStart, yourDash, yourEnd) = Range(InZone(startsAt, visitor).DateTime, InZone(endsAt, visitor).DateTime, culture);
            var yours = text["EventTime.Yours", yourStart + yourDash + yourEnd, TimeZoneChoices.City(visitor)];
            html += $"<span class=\"visitor-time\"> · {encoder.Encode(yours)}</span>";
        }

        return new HtmlString(html);
    }
}
