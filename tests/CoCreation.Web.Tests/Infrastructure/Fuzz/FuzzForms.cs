using AngleSharp.Html.Dom;

namespace CoCreation.Web.Tests.Infrastructure.Fuzz;

/// <summary>One control of a form, as the HTML shows it to anyone who opens the page.</summary>
public sealed record FieldSpec(string Name, string Value, FieldKind Kind, bool IsTextArea = false);

/// <summary>
/// A form as an attacker sees it: where it posts, how (url-encoded or multipart), and its fields with
/// the values the page put there (antiforgery token included).
/// </summary>
public sealed record FormSpec(
    string Page,
    string Role,
    string Action,
    string Method,
    bool Multipart,
    IReadOnlyList<FieldSpec> Fields,
    string Submitter = ""
)
{
    public const string Token = "__RequestVerificationToken";

    public string Key =>
        $"{Method} {Action} {Submitter} "
        + $"[{string.Join(",", Fields.Select(f => f.Name).Where(n => n != Token).Order(StringComparer.Ordinal))}]";

    /// <summary>Every form of the page, one per distinct submit target (buttons with formaction post elsewhere).</summary>
    public static IEnumerable<FormSpec> Read(IHtmlDocument page, string pagePath, string role)
    {
        foreach (var form in page.Forms)
        {
            var method = string.IsNullOrEmpty(form.GetAttribute("method")) ? "get" : form.GetAttribute("method")!.ToLowerInvariant();
            var action = form.GetAttribute("action") is { Length: > 0 } a ? a : pagePath;
            var multipart = string.Equals(form.GetAttribute("enctype"), "multipart/form-data", StringComparison.OrdinalIgnoreCase);
            var fields = new List<FieldSpec>();
            var radios = new HashSet<string>(StringComparer.Ordinal);
            var buttons = new List<(string? Action, string? Name, string Value)>();
            foreach (var element in form.Elements)
            {
                switch (element)
                {
                    case IHtmlButtonElement button when !string.Equals(button.Type, "button", StringComparison.OrdinalIgnoreCase):
                        buttons.Add((button.GetAttribute("formaction"), button.Name, button.Value));
                        break;
                    case IHtmlInputElement { Type: "submit" } submit:
                        buttons.Add((submit.GetAttribute("formaction"), submit.Name, submit.Value));
                        break;
                    case IHtmlInputElement { Type: "button" or "reset" or "image" }:
                        break;
                    case IHtmlInputElement { Type: "checkbox" } box when !string.IsNullOrEmpty(box.Name):
                        if (box.IsChecked)
                        {
                            fields.Add(new(box.Name, box.Value, FieldKind.Flag));
                        }

                        break;
                    case IHtmlInputElement { Type: "radio" } radio when !string.IsNullOrEmpty(radio.Name):
                        if (radio.IsChecked && radios.Add(radio.Name))
                        {
                            fields.Add(new(radio.Name, radio.Value, FieldKind.Choice));
                        }

                        break;
                    case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name):
                        fields.Add(
                            new(
                                input.Name,
                                input.Type == "file" ? "" : input.Value,
                                input.Type switch
                                {
                                    "number" or "range" => FieldKind.Number,
                                    "date" or "month" or "week" or "time" => FieldKind.Date,
                                    "datetime-local" => FieldKind.DateTime,
                                    "email" => FieldKind.Email,
                                    "url" => FieldKind.Url,
                                    "hidden" => FieldKind.Hidden,
                                    "password" => FieldKind.Password,
                                    "file" => FieldKind.File,
                                    _ => FieldKind.Text,
                                }
                            )
                        );
                        break;
                    case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                        fields.Add(new(area.Name, area.Value, FieldKind.Text, IsTextArea: true));
                        break;
                    case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                        if (select.IsMultiple)
                        {
                            fields.AddRange(
                                select.Options.Where(o => o.IsSelected).Select(o => new FieldSpec(select.Name, o.Value, FieldKind.Choice))
                            );
                            if (!select.Options.Any(o => o.IsSelected) && select.Options.Length > 0)
                            {
                                fields.Add(new(select.Name, select.Options[0].Value, FieldKind.Choice));
                            }
                        }
                        else
                        {
                            fields.Add(new(select.Name, select.Value ?? "", FieldKind.Choice));
                        }

                        break;
                }
            }

            // Radio groups with nothing chosen: the first choice, as a person would pick one.
            foreach (
                var radio in form
                    .Elements.OfType<IHtmlInputElement>()
                    .Where(i => i.Type == "radio" && !string.IsNullOrEmpty(i.Name) && !radios.Contains(i.Name!))
            )
            {
                radios.Add(radio.Name!);
                fields.Add(new(radio.Name!, radio.Value, FieldKind.Choice));
            }

            if (buttons.Count == 0)
            {
                buttons.Add((null, null, ""));
            }

            foreach (var (formAction, name, value) in buttons.DistinctBy(b => (b.Action, b.Name, b.Value)))
            {
                var own = new List<FieldSpec>(fields);
                if (!string.IsNullOrEmpty(name))
                {
                    own.Add(new(name, value, FieldKind.Choice));
                }

                yield return new FormSpec(
                    pagePath,
                    role,
                    string.IsNullOrEmpty(formAction) ? action : formAction,
                    method,
                    multipart,
                    own,
                    $"{name}={value}"
                );
            }
        }
    }
}
