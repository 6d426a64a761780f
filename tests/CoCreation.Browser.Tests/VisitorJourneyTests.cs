using CoCreation.Testing;
using Microsoft.Playwright;

namespace CoCreation.Browser.Tests;

public sealed class VisitorJourneyTests(BrowserFixture portal) : BrowserTest(portal)
{
    [Fact]
    public async Task A_visitor_reads_the_week_switches_to_french_then_spanish_filters_members_and_opens_one()
    {
        await Scenario.LoadCampaignAsync(Portal);

        await Page.GotoAsync("/");
        Assert.Equal("Global Co-creation Week", await Page.Locator("h1").InnerTextAsync());
        await AssertAccessibleAsync();

        await Page.GetByRole(AriaRole.Link, new() { Name = "Français" }).ClickAsync();
        Assert.Equal("fr", await Page.Locator("html").GetAttributeAsync("lang"));
        Assert.StartsWith("Semaine mondiale de la co-création", await Page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        await AssertAccessibleAsync();

        await Page.GetByRole(AriaRole.Link, new() { Name = "Español" }).ClickAsync();
        Assert.Equal("es", await Page.Locator("html").GetAttributeAsync("lang"));
        await AssertAccessibleAsync();

        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Principal" })
            .GetByRole(AriaRole.Link, new() { Name = "Miembros" })
            .ClickAsync();
        Assert.Equal(30, await Page.Locator("tbody tr").CountAsync());
        await Page.GetByLabel("Región").SelectOptionAsync("Europe");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Aplicar filtros" }).ClickAsync();
        Assert.Equal(11, await Page.Locator("tbody tr").CountAsync());
        Assert.Contains("Filter.Region=Europe", Page.Url, StringComparison.Ordinal);
        await AssertAccessibleAsync();

        await Page.GetByRole(AriaRole.Link, new() { Name = "Alemania" }).ClickAsync();
        Assert.Equal("/members/de", new Uri(Page.Url).AbsolutePath);
        Assert.Contains("nuevo miembro", await Page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        await AssertAccessibleAsync();
    }

    [Fact]
    public async Task The_whole_journey_works_by_keyboard_alone_and_the_skip_link_leads_to_the_content()
    {
        await Scenario.LoadCampaignAsync(Portal);
        await Page.GotoAsync("/members");

        await Page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to main content", await Page.EvaluateAsync<string>("document.activeElement.textContent"));
        await Page.Keyboard.PressAsync("Enter");
        Assert.Equal("main", await Page.EvaluateAsync<string>("document.activeElement.id"));

        await Page.TabToAsync("Filter_Region");
        await Page.Keyboard.PressAsync("ArrowDown");
        await Page.Keyboard.PressAsync("ArrowDown");
        await Page.TabToAsync("apply-filters");
        // Waiting is armed before the key is pressed, so a fast navigation cannot slip past it.
        var filtered = Page.WaitForURLAsync("**/members?**");
        await Page.Keyboard.PressAsync("Enter");
        await filtered;
        Assert.Equal(11, await Page.Locator("tbody tr").CountAsync());
    }

    [Fact]
    public async Task The_events_of_the_week_are_accessible_in_spanish()
    {
        await Scenario.LoadCampaignAsync(Portal);
        await Page.GotoAsync("/language/es?returnUrl=/events%3FFilter.Past%3Dtrue");
        Assert.Equal(5, await Page.Locator("main ul.list-unstyled > li").CountAsync());
        await AssertAccessibleAsync();

        await Page.GetByRole(AriaRole.Link, new() { Name = "Webinario de cocreación: las Américas" }).PressAsync("Enter");
        await Assertions.Expect(Page.Locator("#speakers")).ToBeVisibleAsync();
        await AssertAccessibleAsync();
    }

    [Fact]
    public async Task The_not_found_page_is_accessible_too()
    {
        var response = await Page.GotoAsync("/members/zz");

        Assert.Equal(404, response!.Status);
        Assert.Equal("Page not found", await Page.Locator("h1").InnerTextAsync());
        await AssertAccessibleAsync();
    }
}
