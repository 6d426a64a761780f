using System.Net;
using CoCreation.Testing;

namespace CoCreation.Web.Tests.Pages;

public sealed class RateLimitTests(WebFixture portal) : PortalTest(portal)
{
    [Fact]
    public async Task Repeated_sign_in_posts_get_429_with_retry_after_and_a_localized_page_while_reading_stays_free()
    {
        await using var factory = new PortalFactory(Portal.Database.ConnectionString, Portal.Smtp.Port, new Dictionary<string, string?>
        {
            ["Portal:RateLimits:AccountPermitLimit"] = "3",
            ["Portal:RateLimits:AccountWindow"] = "00:10:00",
        });
        using var browser = new PortalClient(factory.CreateClient(new() { BaseAddress = new Uri("https://portal.test") }));

        var page = await browser.GetAsync("/account/sign-in");
        for (var attempt = 0; attempt < 3; attempt++)
        {
            page = await browser.SubmitAsync(page, "main form", new Dictionary<string, string> { ["Data.Email"] = "x@example.org", ["Data.Password"] = "wrong password here" });
            Assert.Equal(HttpStatusCode.OK, browser.Status);
        }

        var limited = await browser.SubmitAsync(page, "main form", new Dictionary<string, string> { ["Data.Email"] = "x@example.org", ["Data.Password"] = "wrong password here" });
        Assert.Equal(HttpStatusCode.TooManyRequests, browser.Status);
        Assert.True(int.Parse(browser.LastResponse!.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Equal("Too many attempts", limited.QuerySelector("h1")!.TextContent);

        await browser.GetAsync("/account/sign-in");
        Assert.Equal(HttpStatusCode.OK, browser.Status);
    }
}
