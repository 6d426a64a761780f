using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace CoCreation.Web.Infrastructure.Web;

/// <summary>
/// Shows a localized text in the page's language; when it falls back to English inside a French or
/// Spanish page, marks it lang="en" so screen readers pronounce it right (WCAG 3.1.2).
/// </summary>
public static class LocalizedHtml
{
    public static IHtmlContent Show(this LocalizedText text)
    {
        var culture = CultureInfo.CurrentUICulture;
        var shown = text.LanguageShown(culture);
        var encoded = PortalHtml.Encoder.Encode(text.In(culture));
        return new HtmlString(shown == culture.TwoLetterISOLanguageName ? encoded : $"<span lang=\"{shown}\">{encoded}</span>");
    }

    /// <summary>A longer text: a paragraph per blank line, a line break per single line break.</summary>
    public static IHtmlContent ShowParagraphs(this LocalizedText text)
    {
        var culture = CultureInfo.CurrentUICulture;
        var shown = text.LanguageShown(culture);
        var html = new System.Text.StringBuilder(shown == culture.TwoLetterISOLanguageName ? "<div>" : $"<div lang=\"{shown}\">");
        foreach (
            var paragraph in text.In(culture)
                .Replace("\r\n", "\n", StringComparison.Ordinal)
                .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        )
        {
            html.Append("<p>")
                .AppendJoin("<br />", paragraph.Split('\n').Select(line => PortalHtml.Encoder.Encode(line.Trim())))
                .Append("</p>");
        }

        return new HtmlString(html.Append("</div>").ToString());
    }
}
