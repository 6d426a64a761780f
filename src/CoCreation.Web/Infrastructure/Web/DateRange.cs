using System.Globalization;

namespace CoCreation.Web.Infrastructure.Web;

/// <summary>
/// Days as people write them, with the month in words so that no reader takes 12/6 for 6 December: "6 December 2026",
/// "6 décembre 2026", "6 de diciembre de 2026" (<see cref="Day(IStringLocalizer, DateTimeOffset)"/>), with the time
/// when it matters (<see cref="DayAndTime"/>). Two days: "27–30 March 2017", "du 27 au 30 mars 2017", "del 27 al 30 de marzo de 2017";
/// the first day written out in full only when its month or year differs. The patterns are texts, since
/// culture data has no pattern for a day with its month and year but without the weekday.
/// </summary>
public static class DateRange
{
    public static string Day(IStringLocalizer text, DateTimeOffset at) =>
        at.ToString(text["Format.DayMonthYear"].Value, CultureInfo.CurrentCulture);

    public static string Day(IStringLocalizer text, DateOnly day) =>
        day.ToString(text["Format.DayMonthYear"].Value, CultureInfo.CurrentCulture);

    /// <summary>
    /// "6 December 2026, 7:32 PM": the day, then the time in the reader's culture; "UTC" after it when the moment is in UTC
    /// (as the database gives it), so nobody takes it for their own clock.
    /// </summary>
    public static string DayAndTime(IStringLocalizer text, DateTimeOffset at) =>
        $"{Day(text, at)}, {at.ToString("t", CultureInfo.CurrentCulture)}{(at.Offset == TimeSpan.Zero ? " UTC" : "")}";

    public static string Show(IStringLocalizer text, DateOnly from, DateOnly to)
    {
        var culture = CultureInfo.CurrentCulture;
        var pattern = text["Format.DayMonthYear"].Value;
        var start = from.Year == to.Year && from.Month == to.Month ? from.Day.ToString(culture) : from.ToString(pattern, culture);
        return from == to ? to.ToString(pattern, culture) : text["Format.DateRange", start, to.ToString(pattern, culture)];
    }
}
