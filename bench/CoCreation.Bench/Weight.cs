using System.Globalization;
using System.Text.RegularExpressions;

namespace CoCreation.Bench;

/// <summary>
/// Page weight (QUALITY.md): for each anonymous page, the HTML and the whole first view (every stylesheet, script,
/// image and icon it loads, the SVG files its inline drawings use, such as the map's world.svg, and every font its
/// stylesheets name — an upper bound: a browser fetches the latin-ext font only for a page that holds one of its letters)
/// in bytes as a browser asking for brotli or gzip receives them from the published portal.
/// Prints one markdown table row per page.
/// </summary>
internal static partial class Weight
{
    private const int MaxHtml = 50 * 1024;
    private const int MaxFirstView = 150 * 1024;

    public static async Task<int> RunAsync(string[] args)
    {
        var options = new Options(args);
        // No automatic decompression: the bytes counted are the bytes on the wire.
        using var http = new HttpClient(
            new SocketsHttpHandler { AutomaticDecompression = System.Net.DecompressionMethods.None, AllowAutoRedirect = false }
        )
        {
            BaseAddress = new Uri(options.Get("url")),
        };
        http.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        http.DefaultRequestHeaders.Add("Accept-Encoding", "br, gzip");

        var failures = 0;
        foreach (var path in options.Get("pages").Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            using var page = await http.GetAsync(path);
            var html = await page.Content.ReadAsByteArrayAsync();
            var text = Decoded(html, page.Content.Headers.ContentEncoding);
            var assets = AssetPattern()
                .Matches(text)
                .Select(m => System.Net.WebUtility.HtmlDecode(m.Groups["url"].Value).Split('#')[0])
                .Where(url => url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal))
                .Append("/favicon.ico")
                .Distinct()
                .ToList();
            var total = html.Length;
            foreach (var asset in assets.ToList())
            {
                using var response = await http.GetAsync(asset);
                var body = await response.Content.ReadAsByteArrayAsync();
                total += body.Length;
                if (response.Content.Headers.ContentType?.MediaType != "text/css")
                {
                    continue;
                }

                var css = Decoded(body, response.Content.Headers.ContentEncoding);
                foreach (Match font in FontPattern().Matches(css))
                {
                    var address = new Uri(new Uri("http://portal" + asset), font.Groups["url"].Value).PathAndQuery;
                    if (!assets.Contains(address))
                    {
                        assets.Add(address);
                        using var fontResponse = await http.GetAsync(address);
                        total += (await fontResponse.Content.ReadAsByteArrayAsync()).Length;
                    }
                }
            }

            var met = html.Length <= MaxHtml && total <= MaxFirstView;
            failures += met ? 0 : 1;
            Console.WriteLine(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"| {path} | {html.Length / 1024.0:0.0} | {total / 1024.0:0.0} | {assets.Count} | {(met ? "met" : "NOT met")} |"
                )
            );
        }

        return failures == 0 ? 0 : 1;
    }

    /// <summary>The page as text, to find its assets in: the bytes counted stay the bytes on the wire.</summary>
    private static string Decoded(byte[] body, ICollection<string> encodings)
    {
        using var input = new MemoryStream(body);
        using Stream decoded = encodings.FirstOrDefault() switch
        {
            "br" => new System.IO.Compression.BrotliStream(input, System.IO.Compression.CompressionMode.Decompress),
            "gzip" => new System.IO.Compression.GZipStream(input, System.IO.Compression.CompressionMode.Decompress),
            _ => input,
        };
        using var reader = new StreamReader(decoded, System.Text.Encoding.UTF8);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(
        """<(?:link[^>]*\brel="(?:stylesheet|icon)"[^>]*\bhref|script[^>]*\bsrc|img[^>]*\bsrc|use[^>]*\bhref)="(?<url>[^"]+)""",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex AssetPattern();

    [GeneratedRegex("""url\(["']?(?<url>[^"')]+\.woff2)["']?\)""", RegexOptions.IgnoreCase)]
    private static partial Regex FontPattern();
}
