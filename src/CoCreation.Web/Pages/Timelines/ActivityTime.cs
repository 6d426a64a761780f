using System.Globalization;
using CoCreation.Domain.Timelines;

namespace CoCreation.Web.Pages.Timelines;

/// <summary>
/// What timeline pages show of an activity beside its time (which <see cref="EventTime.Show"/> gives): its language, its day.
/// </summary>
public static class ActivityTime
{
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
