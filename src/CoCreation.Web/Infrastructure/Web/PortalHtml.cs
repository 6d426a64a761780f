using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;

namespace CoCreation.Web.Infrastructure.Web;

/// <summary>
/// How text becomes HTML on every page: letters of every script are written as themselves ("é", "ש", "ا"), not as
/// numeric references that bloat a French page and slow a phone; &lt;, &gt;, &amp; and quotes stay encoded.
/// </summary>
public static class PortalHtml
{
    public static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>The encoder Razor uses (through <see cref="WebEncoderOptions"/>) is the same as the one helpers use.</summary>
    public static IServiceCollection AddPortalHtmlEncoding(this IServiceCollection services) =>
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
}
