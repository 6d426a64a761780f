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
    /// The start in the event's zone and in UTC, then in the visitor's zone when it is known and
    /// differs; unknown, an empty placeholder the script fills from the browser's clock.
    /// </summary>
    public static IHtmlContent Show(IStringLocalizer text, DateTimeOffset startsAt, string timeZone, HttpContext http)
    {
        var culture = CultureInfo.CurrentCulture;
        var label = text[
            "Campaign.EventStart",
            InZone(startsAt, timeZone).ToString("f", culture),
            timeZone,
            startsAt.UtcDateTime.ToString("f", culture)
        ];
        var iso = HtmlTime.Of(startsAt);
        var html = $"<time datetime=\"{iso}\">{PortalHtml.Encoder.Encode(label)}</time>";
        var visitor = VisitorZone(http);
        if (visitor is null)
        {
            var yours = PortalHtml.Encoder.Encode(text["EventTime.Yours"]);
            html += $"<span class=\"visitor-time\" data-utc=\"{iso}\" data-label=\"{yours}\" hidden></span>";
        }
        else if (!string.Equals(visitor, timeZone, StringComparison.Ordinal))
        {
            var yours = text["EventTime.Yours", InZone(startsAt, visitor).ToString("f", culture), visitor];
            html += $"<span class=\"visitor-time\"> · {PortalHtml.Encoder.Encode(yours)}</span>";
        }

        return new HtmlString(html);
    }
}
