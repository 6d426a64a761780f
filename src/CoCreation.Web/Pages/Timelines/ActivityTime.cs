using System.Globalization;
using System.Text.Encodings.Web;
using CoCreation.Domain.Timelines;
using Microsoft.AspNetCore.Html;

namespace CoCreation.Web.Pages.Timelines;

/// <summary>How pages show an activity's time: in its own zone, in the reader's culture, with UTC for everyone else.</summary>
public static class ActivityTime
{
    public static IHtmlContent Show(IStringLocalizer text, DateTimeOffset startsAt, DateTimeOffset endsAt, string timeZone)
    {
        var culture = CultureInfo.CurrentCulture;
        var start = ZonedTime.ToLocal(startsAt, timeZone);
        var end = ZonedTime.ToLocal(endsAt, timeZone);
        var (from, dash, until) = EventTime.Range(start, end, culture);
        var local = from + dash + until;
        var utc =
            startsAt.UtcDateTime.Date == endsAt.UtcDateTime.Date
                ? $"{startsAt.UtcDateTime.ToString("g", culture)}–{endsAt.UtcDateTime.ToString("t", culture)}"
                : $"{startsAt.UtcDateTime.ToString("g", culture)} – {endsAt.UtcDateTime.ToString("g", culture)}";
        var label = text["Timeline.When", local, timeZone, utc];
        return new HtmlString($"<time datetime=\"{HtmlTime.Of(startsAt)}\">{PortalHtml.Encoder.Encode(label)}</time>");
    }

    /// <summary>A language by its two-letter code: the interface's own name for en/fr/es, else the language's own name.</summary>
    public static string Language(IStringLocalizer text, string code)
    {
        var known = text["Language." + code];
        if (!known.ResourceNotFound)
        {
            return known.Value;
        }

        try
        {
            var culture = CultureInfo.GetCultureInfo(code);
            return culture.ThreeLetterISOLanguageName == "ivl" ? code : culture.NativeName;
        }
        catch (CultureNotFoundException)
        {
            return code;
        }
    }

    /// <summary>The day the activity starts on, in its own zone (the month calendar places it there).</summary>
    public static DateOnly LocalDay(DateTimeOffset startsAt, string timeZone) =>
        DateOnly.FromDateTime(ZonedTime.ToLocal(startsAt, timeZone));
}
