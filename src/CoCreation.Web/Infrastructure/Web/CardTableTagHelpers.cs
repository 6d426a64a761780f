using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CoCreation.Web.Infrastructure.Web;

/// <summary>
/// A table that reflows as cards on a phone (below 600 px, site.css "Phone layout"): mark it <c>cards</c>,
/// <c>&lt;table class="table" cards&gt;</c>, and every cell carries its column's header text in <c>data-label</c>,
/// which the stylesheet shows next to the value. The labels are the header cells' own (localized) text, so a page
/// writes them once, in its thead. The cards are drawn with display: block on the rows and cells; Chromium (156,
/// measured with its accessibility tree at 390 and 1280 px) and Firefox keep the table, its header cells and its rows
/// for screen readers whatever the display. Explicit roles (row, cell…) on a table's parts are invalid HTML for the
/// Nu checker, so none are added.
/// </summary>
[HtmlTargetElement("table", Attributes = Marker)]
public sealed partial class CardTableTagHelper : TagHelper
{
    private const string Marker = "cards";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.Attributes.RemoveAll(Marker);
        var classes = output.Attributes.TryGetAttribute("class", out var existing) ? existing.Value + " " : "";
        output.Attributes.SetAttribute("class", classes + "table-cards");
        context.Items[typeof(CardTable)] = new CardTable();
    }

    /// <summary>The column labels read from the header row, in order, and the position in the row being drawn.</summary>
    internal sealed class CardTable
    {
        public List<string> Labels { get; } = [];

        public bool InHead { get; set; }

        public int Column { get; set; }
    }

    /// <summary>The text a person reads in a header cell, without its markup (an abbr, a visually hidden span).</summary>
    internal static string TextOf(string html) => Whitespace().Replace(WebUtility.HtmlDecode(Tags().Replace(html, " ")), " ").Trim();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

/// <summary>Whether the cells of a <see cref="CardTableTagHelper"/> table that follow are its column headers (thead).</summary>
[HtmlTargetElement("thead")]
[HtmlTargetElement("tbody")]
public sealed class CardTableGroupTagHelper : TagHelper
{
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (context.Items.TryGetValue(typeof(CardTableTagHelper.CardTable), out var found) && found is CardTableTagHelper.CardTable table)
        {
            table.InHead = output.TagName == "thead";
        }
    }
}

/// <summary>A row of a <see cref="CardTableTagHelper"/> table starts counting its columns again.</summary>
[HtmlTargetElement("tr")]
public sealed class CardTableRowTagHelper : TagHelper
{
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (context.Items.TryGetValue(typeof(CardTableTagHelper.CardTable), out var found) && found is CardTableTagHelper.CardTable table)
        {
            table.Column = 0;
        }
    }
}

/// <summary>
/// A cell of a <see cref="CardTableTagHelper"/> table: a header cell in the thead gives its text as the column's
/// label; a header cell in the body is the row's header (the card's title, without a label); a data cell carries its
/// column's label.
/// </summary>
[HtmlTargetElement("th")]
[HtmlTargetElement("td")]
public sealed class CardTableCellTagHelper : TagHelper
{
    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        if (
            !context.Items.TryGetValue(typeof(CardTableTagHelper.CardTable), out var found)
            || found is not CardTableTagHelper.CardTable table
        )
        {
            return;
        }

        var span =
            output.Attributes.TryGetAttribute("colspan", out var colspan)
            && int.TryParse(colspan.Value?.ToString(), out var columns)
            && columns > 0
                ? columns
                : 1;
        if (table.InHead)
        {
            var label = CardTableTagHelper.TextOf((await output.GetChildContentAsync()).GetContent());
            table.Labels.AddRange(Enumerable.Repeat(label, span));
            return;
        }

        if (output.TagName == "td" && table.Column < table.Labels.Count && table.Labels[table.Column].Length > 0)
        {
            output.Attributes.SetAttribute("data-label", table.Labels[table.Column]);
        }

        table.Column += span;
    }
}
