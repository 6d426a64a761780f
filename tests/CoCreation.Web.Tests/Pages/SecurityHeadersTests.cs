using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CoCreation.Web.Tests.Pages;

public sealed class SecurityHeadersTests(WebFixture portal) : PortalTest(portal)
{
    /// <summary>Every route the portal maps, with sample values for its parameters, plus error and static responses.</summary>
    private IEnumerable<string> EveryRoute()
    {
        var samples = new Dictionary<string, string>
        {
            ["code"] = "ar",
            ["slug"] = "global-cocreation-week-2017",
            ["id"] = Guid.NewGuid().ToString(),
            ["culture"] = "fr",
        };
        var routes = Portal.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern)
            .Select(p => "/" + string.Join('/', p.PathSegments.Select(s => string.Concat(s.Parts.Select(part => part switch
            {
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal => literal.Content,
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart parameter => samples.GetValueOrDefault(parameter.Name, "404"),
                _ => "",
            })))))
            .Distinct()
            .ToList();
        return routes.Concat(["/no/such/page", "/css/site.css", "/error/500"]);
    }

    [Fact]
    public async Task Every_response_carries_the_security_headers()
    {
        await Portal.LoadCampaignAsync();
        await Portal.CreateUserAsync("admin@example.org", roles: Web.Infrastructure.Identity.Roles.Administrator);
        using var anonymous = Portal.CreateClient(followRedirects: false);
        using var admin = await Portal.SignedInClientAsync("admin@example.org", followRedirects: false);
        var routes = EveryRoute().ToList();
        Assert.Contains("/members/ar", routes);
        Assert.Contains("/account/forgot-password", routes);
        Assert.Contains("/health/ready", routes);
        Assert.True(routes.Count >= 20, string.Join(", ", routes));

        foreach (var (client, route) in routes.Select(r => (anonymous, r)).Concat(routes.Select(r => (admin, r))))
        {
            using var response = await client.Http.GetAsync(route);
            var headers = response.Headers;
            string Header(string name) => headers.TryGetValues(name, out var values) ? string.Join(",", values) : "";

            var csp = Header("Content-Security-Policy");
            Assert.True(csp.Contains("script-src 'self'", StringComparison.Ordinal) && !csp.Contains("unsafe-inline", StringComparison.Ordinal), $"{route}: CSP '{csp}'");
            Assert.True(csp.Contains("frame-ancestors 'none'", StringComparison.Ordinal), $"{route}: frame-ancestors");
            Assert.True(Header("Strict-Transport-Security").Contains("max-age=63072000", StringComparison.Ordinal), $"{route}: HSTS");
            Assert.True(Header("X-Content-Type-Options") == "nosniff", $"{route}: nosniff");
            Assert.True(Header("Referrer-Policy").Length > 0, $"{route}: Referrer-Policy");
            Assert.True(Header("X-Frame-Options") == "DENY", $"{route}: X-Frame-Options");
            Assert.False(headers.Contains("Server"), $"{route}: Server header");
            Assert.True((int)response.StatusCode < 500 || route == "/error/500", $"{route}: {(int)response.StatusCode}");
        }

        using var staffPage = await admin.Http.GetAsync("/admin/accounts");
        Assert.Equal(System.Net.HttpStatusCode.OK, staffPage.StatusCode);
    }

    [Fact]
    public async Task No_page_contains_inline_script_or_inline_event_handlers()
    {
        await Portal.LoadCampaignAsync();
        using var browser = Portal.CreateClient();
        foreach (var route in new[] { "/", "/members", "/members/ar", "/campaigns", "/campaigns/global-cocreation-week-2017", "/account/register", "/account/sign-in", "/account/forgot-password" })
        {
            var page = await browser.GetAsync(route);
            Assert.All(page.QuerySelectorAll("script"), script => Assert.False(string.IsNullOrEmpty(script.GetAttribute("src")), route));
            Assert.DoesNotContain(page.All, element => element.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
            Assert.DoesNotContain(page.All, element => element.HasAttribute("style"));
        }
    }
}
