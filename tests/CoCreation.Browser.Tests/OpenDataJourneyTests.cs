using CoCreation.Testing;
using Microsoft.Playwright;

namespace CoCreation.Browser.Tests;

public sealed class OpenDataJourneyTests(BrowserFixture portal) : BrowserTest(portal)
{
    [Fact]
    public async Task A_visitor_finds_the_data_dictionary_and_the_api_reference_from_the_footer()
    {
        await Scenario.LoadCampaignAsync(Portal);
        await Page.GotoAsync("/");

        await Page.GetByRole(AriaRole.Contentinfo).GetByRole(AriaRole.Link, new() { Name = "Open data" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Open data", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Published submissions as CSV" })).ToBeVisibleAsync();
        await AssertAccessibleAsync();

        await Page.GetByRole(AriaRole.Contentinfo).GetByRole(AriaRole.Link, new() { Name = "Public API" }).ClickAsync();
        await Assertions
            .Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "GET /api/v1/submissions", Exact = true }))
            .ToBeVisibleAsync();
        await AssertAccessibleAsync();

        await Page.GotoAsync("/api");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Español" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "API pública", Level = 1 })).ToBeVisibleAsync();
        await AssertAccessibleAsync();
    }
}
