namespace CoCreation.Web.Tests.Pages;

/// <summary>/design shows the design system (docs/design.md) to whoever builds pages, in Development, and nowhere else.</summary>
public sealed class DesignPagesTests(WebFixture portal) : PortalTest(portal)
{
    [Fact]
    public async Task The_design_page_exists_in_development_only()
    {
        using var visitor = Portal.CreateClient();
        await visitor.GetAsync("/design");
        Assert.Equal(HttpStatusCode.NotFound, visitor.Status);

        await using var development = Portal.SecondPortal(new Dictionary<string, string?> { ["environment"] = "Development" });
        using var builder = development.CreatePortalClient();
        var page = await builder.GetAsync("/design");
        Assert.Equal(HttpStatusCode.OK, builder.Status);
        Assert.Equal("Design system", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(
            ["Colours", "Type scale", "Spacing", "Buttons", "Status badges", "Kinds and policy areas", "Step tracker", "Cards", "Messages"],
            page.QuerySelectorAll("main h2").Select(h => h.TextContent)
        );
    }
}
