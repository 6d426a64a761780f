using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Routing;

namespace CoCreation.Web.Tests.Pages;

public sealed class SecurityHeadersTests(WebFixture portal) : PortalTest(portal)
{
    [Fact]
    public async Task Every_response_carries_the_security_headers()
    {
        var routes = (await PortalRoutes.LoadAsync(Portal))
            .Pages.Select(p => p.Path)
            .Concat(["/no/such/page", "/css/site.css", "/error/500"])
            .ToList();
        using var anonymous = Portal.CreateClient(followRedirects: false);
        using var admin = await PortalRoutes.SignedInDemoClientAsync(Portal, "admin@demo.cocreation.example");
        Assert.Contains("/members/ar", routes);
        Assert.Contains("/account/forgot-password", routes);
        Assert.Contains("/health/ready", routes);
        Assert.Contains("/account/two-factor", routes);
        Assert.True(routes.Count >= 60, string.Join(", ", routes));
        var found = 0;

        foreach (var (client, route) in routes.Select(r => (anonymous, r)).Concat(routes.Select(r => (admin, r))))
        {
            using var response = await client.Http.GetAsync(route);
            var headers = response.Headers;
            string Header(string name) => headers.TryGetValues(name, out var values) ? string.Join(",", values) : "";

            var csp = Header("Content-Security-Policy");
            Assert.True(
                csp.Contains("script-src 'self'", StringComparison.Ordinal) && !csp.Contains("unsafe-inline", StringComparison.Ordinal),
                $"{route}: CSP '{csp}'"
            );
            Assert.True(csp.Contains("frame-ancestors 'none'", StringComparison.Ordinal), $"{route}: frame-ancestors");
            Assert.True(Header("Strict-Transport-Security").Contains("max-age=63072000", StringComparison.Ordinal), $"{route}: HSTS");
            Assert.True(Header("X-Content-Type-Options") == "nosniff", $"{route}: nosniff");
            Assert.True(Header("Referrer-Policy").Length > 0, $"{route}: Referrer-Policy");
            Assert.True(Header("X-Frame-Options") == "DENY", $"{route}: X-Frame-Options");
            Assert.True(Header("X-XSS-Protection") == "0", $"{route}: X-XSS-Protection");
            Assert.False(headers.Contains("Server"), $"{route}: Server header");
            Assert.True((int)response.StatusCode < 500 || route == "/error/500", $"{route}: {(int)response.StatusCode}");
            found += response.StatusCode == System.Net.HttpStatusCode.OK && client == admin ? 1 : 0;
        }

        // The route values are real records: the administrator opens most pages, not 404s.
        Assert.True(found >= routes.Count * 3 / 4, $"{found} of {routes.Count} pages answered 200 to the administrator");
    }

    [Fact]
    public async Task No_page_contains_inline_script_or_inline_event_handlers()
    {
        var pages = (await PortalRoutes.LoadAsync(Portal)).Pages;
        var routes = pages.Select(p => p.Path).ToList();
        using var anonymous = Portal.CreateClient(followRedirects: false);
        using var admin = await PortalRoutes.SignedInDemoClientAsync(Portal, "admin@demo.cocreation.example");
        var checkedPages = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (client, route) in routes.Select(r => (anonymous, r)).Concat(routes.Select(r => (admin, r))))
        {
            using var response = await client.Http.GetAsync(route);
            if (response.StatusCode != System.Net.HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
            // The CSP blocks all three: an inline script would not run, a style attribute would not apply.
            var inline = page.All.FirstOrDefault(element =>
                (element.LocalName == "script" && string.IsNullOrEmpty(element.GetAttribute("src")))
                || element.HasAttribute("style")
                || element.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal))
            );
            Assert.True(inline is null, $"{route}: {inline?.OuterHtml[..Math.Min(inline.OuterHtml.Length, 200)]}");
            checkedPages.Add(route);
        }

        // The pages of the route list, as a visitor and as an administrator, not a hand-picked few: most
        // answer one of the two with HTML (the rest are forms reached by POST or staff pages of others).
        var razorPages = pages.Count(p => p.ViewEnginePath.Length > 0);
        Assert.True(checkedPages.Count >= razorPages * 3 / 4, $"{checkedPages.Count} of {razorPages} pages checked");
    }
}
