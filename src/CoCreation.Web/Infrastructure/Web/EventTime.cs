using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;

namespace CoCreation.Web.Infrastructure.Web;

/// <summary>An event's moment in its own time zone (IANA id), and how pages show it: local time, zone and UTC.</summary>
public static class EventTime
{
    /// <summary>The moment in the zone; UTC when the zone is unknown to this server.</summary>
    public static DateTimeOffset InZone(DateTimeOffset moment, string timeZone) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var zone) ? TimeZoneInfo.ConvertTime(moment, zone) : moment;

    public static IHtmlContent Show(IStringLocalizer text, DateTimeOffset startsAt, string timeZone)
    {
        var label = text["Campaign.EventStart", InZone(startsAt, timeZone).ToString("f", CultureInfo.CurrentCulture), timeZone, startsAt.UtcDateTime.ToString("f", CultureInfo.CurrentCulture)];
        return new HtmlString($"<time datetime=\"{startsAt.ToString("o", CultureInfo.InvariantCulture)}\">{HtmlEncoder.Default.Encode(label)}</time>");
    }
}
