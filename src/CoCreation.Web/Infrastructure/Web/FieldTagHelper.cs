using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CoCreation.Web.Infrastructure.Web;

/// <summary>
/// One accessible form field: label, optional hint, the control, and its errors, tied together with
/// aria-describedby and aria-invalid. Re-shows what the person typed (never a password).
/// A required field says so in its label, "(required)", so that sighted people and screen readers learn it
/// before sending (the portal marks required fields, never optional ones, on every form).
/// Usage: &lt;field for="Data.Email" type="email" label="@T["…"]" autocomplete="email" /&gt;
/// </summary>
[HtmlTargetElement("field", Attributes = "for", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FieldTagHelper(HtmlEncoder encoder, IStringLocalizer<SharedResource> text) : TagHelper
{
    [HtmlAttributeName("for")]
    public ModelExpression For { get; set; } = null!;

    public string Type { get; set; } = "text";

    public string Label { get; set; } = "";

    public string? Hint { get; set; }

    public string? Autocomplete { get; set; }

    public bool Required { get; set; }

    public int Rows { get; set; } = 4;

    public string? Lang { get; set; }

    public IEnumerable<SelectListItem>? Items { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        var id = TagBuilder.CreateSanitizedId(name, "_");
        var state = ViewContext.ViewData.ModelState.TryGetValue(name, out var entry) ? entry : null;
        var errors = state?.Errors.Select(e => e.ErrorMessage).Where(m => m.Length > 0).ToList() ?? [];
        var value = Type == "password" ? "" : state?.AttemptedValue ?? Format(For.Model);
        ErrorSummary.Register(ViewContext.HttpContext, name, id, Label);

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", Type == "checkbox" ? "mb-3 form-check" : "mb-3");
        output.Content.SetHtmlContent(Markup(name, id, value, errors));
    }

    /// <summary>The label, hint, control and errors of one field, without the surrounding div.</summary>
    internal string Markup(string name, string id, string value, IReadOnlyList<string> errors)
    {
        var invalid = errors.Count > 0;
        var described = new List<string>();
        if (Hint is not null)
        {
            described.Add(id + "-hint");
        }

        if (invalid)
        {
            described.Add(id + "-error");
        }

        var attributes =
            $" id=\"{id}\" name=\"{Encode(name)}\""
            + (described.Count > 0 ? $" aria-describedby=\"{string.Join(' ', described)}\"" : "")
            + (invalid ? " aria-invalid=\"true\"" : "")
            + (Required ? (AlwaysHasValue ? " aria-required=\"true\"" : " required aria-required=\"true\"") : "")
            + (Autocomplete is null ? "" : $" autocomplete=\"{Encode(Autocomplete)}\"")
            + (Lang is null ? "" : $" lang=\"{Encode(Lang)}\"")
            + (ContentText.Dir(Lang) is { } dir ? $" dir=\"{dir}\"" : "");

        var labelClass = Type == "checkbox" ? "form-check-label" : "form-label";
        var requiredMark = Required ? RequiredMark(text, encoder) : "";
        var label = $"<label class=\"{labelClass}\" for=\"{id}\">{Encode(Label)}{requiredMark}</label>";
        var hint = Hint is null ? "" : $"<div id=\"{id}-hint\" class=\"form-text\">{Encode(Hint)}</div>";
        var css = invalid ? " is-invalid" : "";
        var control = Type switch
        {
            "textarea" => $"<textarea class=\"form-control{css}\" rows=\"{Rows}\"{attributes}>{Encode(value)}</textarea>",
            "select" => $"<select class=\"form-select{css}\"{attributes}>{Options(value)}</select>",
            "checkbox" => $"<input type=\"checkbox\" class=\"form-check-input{css}\" value=\"true\""
                + $"{(IsChecked(value) ? " checked" : "")}{attributes} />"
                + $"<input type=\"hidden\" name=\"{Encode(name)}\" value=\"false\" />",
            _ => $"<input type=\"{Encode(Type)}\" class=\"form-control{css}\" value=\"{Encode(value)}\"{attributes} />",
        };
        var error = invalid
            ? $"<div id=\"{id}-error\" class=\"invalid-feedback d-block\">{string.Join(" ", errors.Select(Encode))}</div>"
            : "";

        return Type == "checkbox" ? control + label + hint + error : label + hint + control + error;
    }

    /// <summary>
    /// A list whose first choice is a real value always has one: HTML forbids "required" there (the Nu
    /// checker's rule), so only aria-required says it.
    /// </summary>
    private bool AlwaysHasValue => Type == "select" && Items?.FirstOrDefault() is { Value.Length: > 0 };

    /// <summary>" (required)" after a label, in the reader's language.</summary>
    internal static string RequiredMark(IStringLocalizer<SharedResource> text, HtmlEncoder encoder) =>
        $" <span class=\"field-required\">{encoder.Encode(text["Form.Required"].Value)}</span>";

    /// <summary>
    /// Options, in &lt;optgroup&gt;s when items have groups; a value listed twice (a short list above the full one) is selected once.
    /// </summary>
    private string Options(string selected)
    {
        var html = new System.Text.StringBuilder();
        SelectListGroup? group = null;
        var chosen = false;
        foreach (var item in Items ?? [])
        {
            if (item.Group != group)
            {
                if (group is not null)
                {
                    html.Append("</optgroup>");
                }

                group = item.Group;
                if (group is not null)
                {
                    html.Append(CultureInfo.InvariantCulture, $"<optgroup label=\"{Encode(group.Name)}\">");
                }
            }

            var isSelected = !chosen && string.Equals(item.Value, selected, StringComparison.OrdinalIgnoreCase);
            chosen |= isSelected;
            html.Append(
                CultureInfo.InvariantCulture,
                $"<option value=\"{Encode(item.Value)}\"{(isSelected ? " selected" : "")}>{Encode(item.Text)}</option>"
            );
        }

        if (group is not null)
        {
            html.Append("</optgroup>");
        }

        return html.ToString();
    }

    private static bool IsChecked(string value) =>
        string.Equals(value, "true", StringComparison.OrdinalIgnoreCase) || value.StartsWith("true,", StringComparison.OrdinalIgnoreCase);

    private static string Format(object? model) =>
        model switch
        {
            null => "",
            DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            DateTimeOffset moment => moment.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture),
            DateTime local => local.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture),
            bool flag => flag ? "true" : "false",
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => model.ToString() ?? "",
        };

    private string Encode(string value) => encoder.Encode(value);
}
