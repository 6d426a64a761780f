using System.Globalization;

namespace CoCreation.Web.Infrastructure.Web;

/// <summary>
/// Two days as people write them: "27–30 March 2017", "du 27 au 30 mars 2017", "del 27 al 30 de marzo de 2017";
/// the first day written out in full only when its month or year differs. The patterns are texts, since
/// culture data has no pattern for a day with its month and year but without the weekday.
/// </summary>
public static class DateRange
{
    public static string Show(IStringLocalizer text, DateOnly from, DateOnly to)
    {
        var culture = CultureInfo.CurrentCulture;
        var pattern = text["Format.DayMonthYear"].Value;
        var start = from.Year == to.Year && from.Month == to.Month ? from.Day.ToString(culture) : from.ToString(pattern, culture);
        return from == to ? to.ToString(pattern, culture) : text["Format.DateRange", start, to.ToString(pattern, culture)];
    }
}
