using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CoCreation.Web.Infrastructure.Web;

/// <summary>
/// The error summary at the top of a refused form (the GOV.UK pattern): each problem names its field,
/// with a link to it, in the order the fields appear; problems without a field (a rule about the whole
/// form) come first, unlinked. The fields register their labels as they render (<see cref="FieldTagHelper"/>);
/// the summary is written after the whole page has rendered (Razor buffers the page), so it knows
/// every label although it stands above the fields. <paramref name="lineFormat"/> joins a label ({0}) and its
/// reason ({1}) as the language writes it (French puts an unbreakable space before the colon).
/// </summary>
public sealed class ErrorSummary(
    ModelStateDictionary state,
    Microsoft.AspNetCore.Http.HttpContext http,
    string heading,
    string lineFormat = "{0}: {1}"
) : IHtmlContent
{
    private const string ItemsKey = "portal:form-fields";

    /// <summary>Called by each field as it renders: its model name, element id and visible label.</summary>
    public static void Register(Microsoft.AspNetCore.Http.HttpContext http, string name, string id, string label)
    {
        if (http.Items[ItemsKey] is not List<(string Name, string Id, string Label)> fields)
        {
            http.Items[ItemsKey] = fields = [];
        }

        fields.Add((name, id, label));
    }

    public void WriteTo(TextWriter writer, HtmlEncoder encoder)
    {
        var refused = state.Where(kv => kv.Value is { Errors.Count: > 0 }).ToList();
        if (refused.Count == 0)
        {
            return;
        }

        var fields = http.Items[ItemsKey] as List<(string Name, string Id, string Label)> ?? [];
        var lines = new List<string>();
        foreach (var (key, entry) in refused.OrderBy(kv => kv.Key.Length == 0 ? -1 : Position(fields, kv.Key)))
        {
            var field = fields.FirstOrDefault(f => string.Equals(f.Name, key, StringComparison.Ordinal));
            foreach (var message in entry!.Errors.Select(e => e.ErrorMessage).Where(m => m.Length > 0).Distinct())
            {
                var line = string.Format(
                    System.Globalization.CultureInfo.InvariantCulture,
                    encoder.Encode(lineFormat),
                    encoder.Encode(field.Label ?? ""),
                    encoder.Encode(message)
                );
                lines.Add(
                    field.Id is null
                        ? $"<li>{encoder.Encode(message)}</li>"
                        : $"<li><a href=\"#{encoder.Encode(field.Id)}\">{line}</a></li>"
                );
            }
        }

        writer.Write(
            "<div class=\"alert alert-danger\" role=\"alert\" tabindex=\"-1\" id=\"form-errors\" aria-labelledby=\"form-errors-title\">"
        );
        writer.Write($"<h2 class=\"h6 mb-1\" id=\"form-errors-title\">{encoder.Encode(heading)}</h2>");
        writer.Write(lines.Count > 0 ? $"<ul class=\"mb-0\">{string.Concat(lines.Distinct())}</ul>" : "");
        writer.Write("</div>");
    }

    private static int Position(List<(string Name, string Id, string Label)> fields, string key)
    {
        var index = fields.FindIndex(f => string.Equals(f.Name, key, StringComparison.Ordinal));
        return index < 0 ? int.MaxValue : index;
    }
}
