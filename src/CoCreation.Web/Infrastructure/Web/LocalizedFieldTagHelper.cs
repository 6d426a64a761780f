using System.Globalization;
using System.Text.Encodings.Web;
using CoCreation.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CoCreation.Web.Infrastructure.Web;

/// <summary>
/// The three fields of a <see cref="LocalizedInput"/> (English, French, Spanish), each as a
/// <see cref="FieldTagHelper"/> draws it, with its language in <c>lang</c>; inside a fieldset when a legend is given.
/// Usage: &lt;localized-field for="Data.Title" legend="@T["…"]" type="textarea" rows="3" required="true" /&gt;
/// </summary>
[HtmlTargetElement("localized-field", Attributes = "for", TagStructure = TagStructure.WithoutEndTag)]
public sealed class LocalizedFieldTagHelper(HtmlEncoder encoder, IStringLocalizer<SharedResource> text) : TagHelper
{
    [HtmlAttributeName("for")]
    public ModelExpression For { get; set; } = null!;

    /// <summary>When given, the three fields stand in a fieldset with this legend.</summary>
    public string? Legend { get; set; }

    public string LegendClass { get; set; } = "h6";

    /// <summary>A sentence under the legend, for the three fields together.</summary>
    public string? Hint { get; set; }

    /// <summary>Each field's label, {0} being the language's name ("English").</summary>
    public string LabelFormat { get; set; } = "{0}";

    public string Type { get; set; } = "text";

    public int Rows { get; set; } = 4;

    /// <summary>The English field is required (French and Spanish never are).</summary>
    public bool Required { get; set; }

    /// <summary>A text in any one language is required (the legend says so); no single field is.</summary>
    public bool AnyLanguage { get; set; }

    /// <summary>Shows these texts instead of the bound model's (a form repeated per row, e.g. renaming each phase).</summary>
    public LocalizedInput? Values { get; set; }

    /// <summary>Ids start with this instead of the field's name (needed when the same form is repeated on a page).</summary>
    public string? IdPrefix { get; set; }

    /// <summary>False: ignore what was typed and refused (it belongs to another copy of the form on the page).</summary>
    public bool ShowState { get; set; } = true;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var prefix = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        var values = Values ?? For.Model as LocalizedInput ?? new LocalizedInput();
        var html = new System.Text.StringBuilder();
        if (Legend is not null)
        {
            html.Append(
                CultureInfo.InvariantCulture,
                $"<legend class=\"{encoder.Encode(LegendClass)}\">{encoder.Encode(Legend)}"
                    + $"{(AnyLanguage ? FieldTagHelper.RequiredMark(text, encoder) : "")}</legend>"
            );
        }

        if (Hint is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"form-text\">{encoder.Encode(Hint)}</p>");
        }

        if (AnyLanguage)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"form-text\">{encoder.Encode(text["Form.OneLanguageEnough"].Value)}</p>");
        }

        foreach (var (language, property, value) in new[] { ("en", "En", values.En), ("fr", "Fr", values.Fr), ("es", "Es", values.Es) })
        {
            var name = prefix + "." + property;
            var id = IdPrefix is null ? TagBuilder.CreateSanitizedId(name, "_") : IdPrefix + "-" + property;
            var state = ShowState && ViewContext.ViewData.ModelState.TryGetValue(name, out var entry) ? entry : null;
            var errors = state?.Errors.Select(e => e.ErrorMessage).Where(m => m.Length > 0).ToList() ?? [];
            var label = string.Format(CultureInfo.CurrentCulture, LabelFormat, text["Language." + language].Value);
            var field = new FieldTagHelper(encoder, text)
            {
                Type = Type,
                Rows = Rows,
                Lang = language,
                Required = Required && language == "en",
                Label = label,
            };
            if (ShowState)
            {
                // The error summary names the field as a person finds it: "Title (English)", linking to it.
                ErrorSummary.Register(ViewContext.HttpContext, name, id, Legend is null ? label : $"{Legend} ({label})");
            }

            html.Append("<div class=\"mb-3\">")
                .Append(field.Markup(name, id, state?.AttemptedValue ?? value ?? "", errors))
                .Append("</div>");
        }

        output.TagName = Legend is null ? null : "fieldset";
        output.TagMode = TagMode.StartTagAndEndTag;
        if (Legend is not null)
        {
            output.Attributes.SetAttribute("class", "mb-3");
        }

        output.Content.SetHtmlContent(html.ToString());
    }
}
