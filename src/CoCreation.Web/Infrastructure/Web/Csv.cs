namespace CoCreation.Web.Infrastructure.Web;

/// <summary>
/// RFC 4180 lines: a field with a comma, a quote or a line break is quoted, quotes doubled. Every CSV the
/// portal writes goes through here, so this is where CSV injection is stopped (OWASP "CSV Injection").
/// </summary>
public static class Csv
{
    // OWASP's list (= + - @ tab, carriage return) and the full-width forms, which spreadsheets in East Asian
    // locales read as their ASCII twins.
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20'];

    public static string Line(IEnumerable<string?> fields) => string.Join(',', fields.Select(Field)) + "\r\n";

    /// <summary>
    /// A cell that a spreadsheet could run as a formula gets a leading apostrophe and quotes, OWASP's escape:
    /// also when it looks like a number ("-1+2", "+33 1 23"), since every cell written here is text; and also
    /// after leading white space or a line break, which some spreadsheets skip before looking for a formula.
    /// </summary>
    private static string Field(string? value)
    {
        var text = value ?? "";
        if (RunsAsFormula(text))
        {
            return "\"'" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        }

        return text.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }

    private static bool RunsAsFormula(string text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        var lead = text.TrimStart();
        return Array.IndexOf(FormulaStarts, text[0]) >= 0 || (lead.Length > 0 && Array.IndexOf(FormulaStarts, lead[0]) >= 0);
    }
}
