using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CoCreation.Web.Infrastructure.Web;

/// <summary>
/// A list's filter form, folded behind a "Filters" button on a phone and always shown on a wider screen
/// (site.css "Phone layout"), without JavaScript: a details element whose summary says how many filters are on,
/// so a person whose list looks short knows why, and which opens by itself when a filter was refused.
/// Usage: &lt;filters&gt;&lt;form method="get" …&gt;…&lt;/form&gt;&lt;/filters&gt;, or inside the form around the fields that fold,
/// with <c>except="Filter.Q"</c> naming a field left outside.
/// </summary>
[HtmlTargetElement("filters")]
public sealed class FiltersTagHelper(IStringLocalizer<SharedResource> text) : TagHelper
{
    /// <summary>Query parameters that move through a list rather than narrow it.</summary>
    private static readonly HashSet<string> NotFilters = new(StringComparer.OrdinalIgnoreCase) { "After", "Before", "handler" };

    /// <summary>Query parameters, separated by spaces, that are not counted as filters (a search field left in sight).</summary>
    public string? Except { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var request = ViewContext.HttpContext.Request;
        var except = (Except ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var active = request
            .Query.Where(p => !NotFilters.Contains(p.Key) && !except.Contains(p.Key, StringComparer.OrdinalIgnoreCase))
            .Count(p => p.Value.Any(v => !string.IsNullOrWhiteSpace(v) && !string.Equals(v, "false", StringComparison.OrdinalIgnoreCase)));

        output.TagName = "details";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "filters");
        if (!ViewContext.ViewData.ModelState.IsValid)
        {
            output.Attributes.Add(new TagHelperAttribute("open"));
        }

        var summary = new TagBuilder("summary");
        summary.AddCssClass("filters-button");
        summary.InnerHtml.Append(text["Filters.Title"]);
        if (active > 0)
        {
            var count = new TagBuilder("span");
            count.AddCssClass("filters-active");
            count.InnerHtml.Append(text.Plural("Filters.Active", active));
            summary.InnerHtml.AppendHtml(" ").AppendHtml(count);
        }

        output.PreContent.AppendHtml(summary);
        if (active > 0)
        {
            var clear = new TagBuilder("a");
            clear.Attributes["href"] = request.PathBase + request.Path;
            clear.AddCssClass("filters-clear");
            clear.InnerHtml.Append(text["Filters.Clear"]);
            var paragraph = new TagBuilder("p");
            paragraph.InnerHtml.AppendHtml(clear);
            output.PostContent.AppendHtml(paragraph);
        }
    }
}
