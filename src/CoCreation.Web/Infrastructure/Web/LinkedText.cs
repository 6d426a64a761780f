using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Html;

namespace CoCreation.Web.Infrastructure.Web;

/// <summary>
/// A participant's plain text with its web addresses made clickable, and nothing else: every other character is
/// encoded, so no HTML, no Markdown and no image ever comes through. Links are marked as user content (nofollow ugc).
/// </summary>
public static partial class LinkedText
{
    public static IHtmlContent Render(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return HtmlString.Empty;
        }

        var html = new HtmlContentBuilder();
        var at = 0;
        foreach (Match match in Address().Matches(text))
        {
            // A sentence's closing punctuation is not part of the address it ends with.
            var address = match.Value.TrimEnd('.', ',', ';', ':', '!', '?', ')', ']', '\'', '"', '»', '”');
            if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                continue;
            }

            html.Append(text[at..match.Index]);
            html.AppendHtml("<a href=\"")
                .AppendHtml(HtmlEncoder.Default.Encode(uri.AbsoluteUri))
                .AppendHtml("\" rel=\"nofollow ugc noopener noreferrer\">");
            html.Append(address);
            html.AppendHtml("</a>");
            at = match.Index + address.Length;
        }

        html.Append(text[at..]);
        return html;
    }

    [GeneratedRegex(@"https?://[^\s<>""]+", RegexOptions.IgnoreCase)]
    private static partial Regex Address();
}
