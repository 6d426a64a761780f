using Npgsql;

namespace CoCreation.Web.Tests.Pages;

public sealed class ErrorPagesTests(WebFixture portal) : PortalTest(portal)
{
    [Fact]
    public async Task An_unknown_page_answers_404_in_the_visitors_language()
    {
        using var browser = Portal.CreateClient();

        var english = await browser.GetAsync("/no/such/page");
        Assert.Equal(HttpStatusCode.NotFound, browser.Status);
        Assert.Equal("Page not found", english.QuerySelector("h1")!.TextContent);

        var spanish = await browser.GetAsync("/members/zz", language: "es-AR,es;q=0.9");
        Assert.Equal(HttpStatusCode.NotFound, browser.Status);
        Assert.Equal("es", spanish.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Página no encontrada", spanish.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Health_endpoints_answer()
    {
        using var browser = Portal.CreateClient();
        using var live = await browser.Http.GetAsync("/health/live");
        using var ready = await browser.Http.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task With_the_database_cut_pages_answer_503_with_retry_after_and_the_portal_recovers_when_it_returns()
    {
        var target = new NpgsqlConnectionStringBuilder(Portal.Database.ConnectionString);
        await using var proxy = new TcpProxy(target.Host!, target.Port);
        var throughProxy = new NpgsqlConnectionStringBuilder(Portal.Database.ConnectionString)
        {
            Port = proxy.Port,
            Timeout = 2,
        }.ConnectionString;
        await using var factory = new PortalFactory(throughProxy, Portal.Smtp.Port);
        using var browser = factory.CreatePortalClient();
        await browser.GetAsync("/members");
        Assert.Equal(HttpStatusCode.OK, browser.Status);

        proxy.Cut();
        var unavailable = await browser.GetAsync("/members", language: "fr");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, browser.Status);
        Assert.Equal("30", browser.LastResponse!.Headers.RetryAfter!.ToString());
        Assert.Equal("Le portail est momentanément indisponible", unavailable.QuerySelector("h1")!.TextContent);
        using (var ready = await browser.Http.GetAsync("/health/ready"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        }

        proxy.Restore();
        await browser.GetAsync("/members");
        Assert.Equal(HttpStatusCode.OK, browser.Status);
    }
}
