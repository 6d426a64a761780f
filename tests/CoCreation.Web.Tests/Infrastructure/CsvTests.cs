using CoCreation.Web.Infrastructure.Web;

namespace CoCreation.Web.Tests.Infrastructure;

/// <summary>Every CSV the portal writes goes through Csv.Line: a cell a spreadsheet would run as a formula is escaped (OWASP).</summary>
public sealed class CsvTests
{
    [Theory]
    [InlineData("=1+2", "\"'=1+2\"")]
    [InlineData("+1+2", "\"'+1+2\"")]
    [InlineData("-1+2", "\"'-1+2\"")]
    [InlineData("@SUM(A1)", "\"'@SUM(A1)\"")]
    [InlineData("\t=1+2", "\"'\t=1+2\"")]
    [InlineData("\r=1+2", "\"'\r=1+2\"")]
    [InlineData("\tplain", "\"'\tplain\"")]
    [InlineData("\uFF1D1+2", "\"'\uFF1D1+2\"")]
    [InlineData("\uFF0B1+2", "\"'\uFF0B1+2\"")]
    [InlineData("\uFF0D1+2", "\"'\uFF0D1+2\"")]
    [InlineData("\uFF20SUM(A1)", "\"'\uFF20SUM(A1)\"")]
    [InlineData("-1", "\"'-1\"")]
    [InlineData("+33 1 23 45 67 89", "\"'+33 1 23 45 67 89\"")]
    [InlineData("-1e5", "\"'-1e5\"")]
    [InlineData("  =1+2", "\"'  =1+2\"")]
    [InlineData("\n=1+2", "\"'\n=1+2\"")]
    [InlineData("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")]
    public void A_cell_a_spreadsheet_would_run_as_a_formula_is_quoted_text_with_a_leading_apostrophe(string cell, string written)
    {
        Assert.Equal(written + ",x\r\n", Csv.Line([cell, "x"]));
    }

    [Theory]
    [InlineData("Open contracting", "Open contracting")]
    [InlineData("1234", "1234")]
    [InlineData("2017-09-01T00:00:00Z", "2017-09-01T00:00:00Z")]
    [InlineData("a, b", "\"a, b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("one\r\ntwo", "\"one\r\ntwo\"")]
    [InlineData("e-mail = fine", "e-mail = fine")]
    [InlineData("", "")]
    public void Other_cells_are_written_as_they_are_quoted_only_when_rfc_4180_needs_it(string cell, string written)
    {
        Assert.Equal(written + ",x\r\n", Csv.Line([cell, "x"]));
    }
}
