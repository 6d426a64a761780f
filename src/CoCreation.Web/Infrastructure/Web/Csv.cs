using CsvHelper;

namespace CoCreation.Web.Infrastructure.Web;

/// <summary>
/// RFC 4180 as the portal writes it, with CsvHelper doing the quoting: comma separated, CRLF, a field quoted only
/// when it holds a comma, a quote or a line break, UTF-8 without a byte order mark. Every CSV the portal writes
/// goes through here, so this is where CSV injection is stopped (OWASP "CSV Injection").
/// </summary>
public static class Csv
{
    // OWASP's list (= + - @ tab, carriage return) and the full-width forms, which spreadsheets in East Asian
    // locales read as their ASCII twins.
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20'];

    /// <summary>
    /// CsvHelper's own injection guard stays off: it looks at the first character only and takes ASCII only,
    /// and a spreadsheet also runs a full-width "＝" or a formula after leading white space (see <see cref="WriteFields"/>).
    /// </summary>
    public static CsvWriterOptions Options { get; } =
        CsvWriterOptions.Default with
        {
            Mode = CsvMode.Rfc4180,
            Separator = ',',
            NewLine = "\r\n",
            Quoting = CsvQuoting.WhenNeeded,
            Injection = CsvInjection.None,
            WriteByteOrderMark = false,
        };

    public static string Line(IEnumerable<string?> fields)
    {
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        using (var writer = CsvWriter.Create(text, Options, leaveOpen: true))
        {
            WriteFields(writer, fields);
            writer.EndRecord();
        }

        return text.ToString();
    }

    /// <summary>
    /// Writes the cells of one record (the caller ends it). A cell that a spreadsheet could run as a formula gets
    /// a leading apostrophe and quotes, OWASP's escape: also when it looks like a number ("-1+2", "+33 1 23"),
    /// since every cell written here is text; and also after leading white space or a line break, which some
    /// spreadsheets skip before looking for a formula.
    /// </summary>
    public static void WriteFields(CsvWriter writer, IEnumerable<string?> fields)
    {
        foreach (var field in fields)
        {
            var text = field ?? "";
            if (RunsAsFormula(text))
            {
                writer.WriteField("'" + text, CsvQuoting.Always);
            }
            else
            {
                writer.WriteField(text);
            }
        }
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
