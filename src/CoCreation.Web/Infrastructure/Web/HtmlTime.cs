using System.Globalization;

namespace CoCreation.Web.Infrastructure.Web;

/// <summary>
/// The machine-readable moment of a &lt;time datetime&gt;: UTC to the second. HTML allows at most three
/// fraction digits, so the round-trip format ("o", seven digits) made every page with a date invalid.
/// </summary>
public static class HtmlTime
{
    public static string Of(DateTimeOffset moment) => moment.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
