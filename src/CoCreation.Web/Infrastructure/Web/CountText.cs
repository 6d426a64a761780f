using System.Globalization;

namespace CoCreation.Web.Infrastructure.Web;

/// <summary>
/// Counts in words a person reads without stumbling: "1 submission", "3 submissions". A counted text has two
/// keys, <c>Key.One</c> and <c>Key.Other</c>, and the interface language's rule picks one.
/// </summary>
public static class CountText
{
    /// <summary>The text for <paramref name="count"/>, with the count formatted for the culture as <c>{0}</c>.</summary>
    public static string Plural(this IStringLocalizer text, string key, long count, params object[] more)
    {
        var name = key + (IsOne(count, CultureInfo.CurrentUICulture) ? ".One" : ".Other");
        var number = count.ToString("N0", CultureInfo.CurrentCulture);
        // Most counts have no further argument: no spread copy then (the bench's profile found it at 5 % of a list page).
        return more.Length == 0 ? text[name, number] : text[name, [number, .. more]];
    }

    /// <summary>
    /// An age or a wait in whole days ("less than a day", "1 day", "3 days"): decimals of a day mean nothing to a reader.
    /// </summary>
    public static string Days(this IStringLocalizer text, double days)
    {
        var whole = (long)Math.Round(Math.Max(days, 0), MidpointRounding.AwayFromZero);
        return whole == 0 ? text["Age.UnderADay"] : text.Plural("Age.Days", whole);
    }

    /// <summary>How long ago <paramref name="at"/> was, in whole days.</summary>
    public static string DaysSince(this IStringLocalizer text, DateTimeOffset at, DateTimeOffset now) => text.Days((now - at).TotalDays);

    // CLDR cardinal rules of the portal's languages: French counts 0 and 1 as singular, English and Spanish only 1.
    private static bool IsOne(long count, CultureInfo culture) => culture.TwoLetterISOLanguageName == "fr" ? count is 0 or 1 : count == 1;
}
