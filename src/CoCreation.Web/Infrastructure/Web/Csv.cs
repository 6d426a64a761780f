namespace CoCreation.Web.Infrastructure.Web;

/// <summary>
/// RFC 4180 lines: a field with a comma, a quote or a line break is quoted, quotes doubled. Fields that a
/// spreadsheet would run as a formula (=, +, -, @) get a leading apostrophe (CSV injection).
/// </summary>
public static class Csv
{
    public static string Line(IEnumerable<string?> fields) => string.Join(',', fields.Select(Field)) + "\r\n";

    private static string Field(string? value)
    {
        var text = value ?? "";
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' && !double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _))
        {
            text = "'" + text;
        }

        return text.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
