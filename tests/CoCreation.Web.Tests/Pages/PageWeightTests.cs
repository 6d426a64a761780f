using AngleSharp.Html.Parser;

namespace CoCreation.Web.Tests.Pages;

/// <summary>
/// QUALITY.md, page weight, for people on slow and metered lines: an anonymous page's HTML is at most 50 KB, and its
/// stylesheets and scripts carry a fingerprint so browsers keep them. The whole first view with brotli/gzip (built at
/// publish time, so measured on the published portal) is in ./bench.sh's page weight table.
/// </summary>
public sealed class PageWeightTests(WebFixture portal) : PortalTest(portal)
{
    private const int MaxHtmlBytes = 50 * 1024;

    [Fact]
    public async Task Every_anonymous_page_of_the_demo_is_at_most_50_KB_of_HTML_with_fingerprinted_assets()
    {
        Assert.True(await Scenario.LoadDemoAsync(Portal));

        string[] paths =
        [
            "/",
            "/submissions",
            "/members",
            "/members/ar",
            "/members/ar/timeline",
            "/events",
            "/timelines",
            "/blog",
            "/scorecards",
            "/account/register",
        ];
        using var visitor = Portal.CreateClient();
        foreach (var path in paths)
        {
            using var response = await visitor.Http.GetAsync(path);
            Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode}");
            var html = await response.Content.ReadAsByteArrayAsync();
            Assert.True(html.Length <= MaxHtmlBytes, $"{path}: HTML is {html.Length} bytes, over {MaxHtmlBytes}");

            var document = new HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(html));
            var assets = document
                .QuerySelectorAll("link[rel=stylesheet][href], script[src]")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
                .ToList();
            Assert.Contains(assets, a => a.Contains("bootstrap", StringComparison.Ordinal));
            Assert.All(assets, a => Assert.Matches(@"^/(css|js)/[\w.-]+\.[a-z0-9]{8,}\.(css|js)$", a));
        }
    }
}
