using System.Text.RegularExpressions;
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
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Global Co-creation Week");
        await AssertAccessibleAsync();

        await Page.GetByRole(AriaRole.Link, new() { Name = "Français" }).ClickAsync();
        await Assertions.Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "fr");
        await Assertions
            .Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 }))
            .ToHaveTextAsync(new Regex("^Semaine mondiale de la co-création"));
        await AssertAccessibleAsync();

        await Page.GetByRole(AriaRole.Link, new() { Name = "Español" }).ClickAsync();
        await Assertions.Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "es");
        await AssertAccessibleAsync();

        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Principal" })
            .GetByRole(AriaRole.Link, new() { Name = "Miembros" })
            .ClickAsync();
        // One row header per member.
        var members = Page.GetByRole(AriaRole.Table).GetByRole(AriaRole.Rowheader);
        await Assertions.Expect(members).ToHaveCountAsync(30);
        await Page.GetByLabel("Región").SelectOptionAsync("Europe");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Aplicar filtros" }).ClickAsync();
        await Assertions.Expect(members).ToHaveCountAsync(11);
        Assert.Contains("Filter.Region=Europe", Page.Url, StringComparison.Ordinal);
        await AssertAccessibleAsync();

        await Page.GetByRole(AriaRole.Link, new() { Name = "Alemania", Exact = true }).ClickAsync();
        await Assertions.Expect(Page).ToHaveURLAsync("/members/de");
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("nuevo miembro");
        await AssertAccessibleAsync();
    }

    [Fact]
    public async Task The_whole_journey_works_by_keyboard_alone_and_the_skip_link_leads_to_the_content()
    {
        await Scenario.LoadCampaignAsync(Portal);
        await Page.GotoAsync("/members");

        await Page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Skip to main content" })).ToBeFocusedAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(Page.GetByRole(AriaRole.Main)).ToBeFocusedAsync();

        await Page.TabToAsync(Page.GetByLabel("Region"));
        await Page.Keyboard.PressAsync("ArrowDown");
        await Page.Keyboard.PressAsync("ArrowDown");
        await Page.TabToAsync(Page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }));
        // Waiting is armed before the key is pressed, so a fast navigation cannot slip past it.
        var filtered = Page.WaitForURLAsync("**/members?**");
        await Page.Keyboard.PressAsync("Enter");
        await filtered;
        await Assertions.Expect(Page.GetByRole(AriaRole.Table).GetByRole(AriaRole.Rowheader)).ToHaveCountAsync(11);
    }

    [Fact]
    public async Task The_events_of_the_week_are_accessible_in_spanish()
    {
        await Scenario.LoadCampaignAsync(Portal);
        await Page.ChooseLanguageAsync("es", "/events%3FFilter.Past%3Dtrue");
        await Assertions.Expect(Page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Listitem)).ToHaveCountAsync(5);
        await AssertAccessibleAsync();

        await Page.GetByRole(AriaRole.Link, new() { Name = "Webinario de cocreación: las Américas" }).PressAsync("Enter");
        await Assertions.Expect(Page.GetByRole(AriaRole.Region, new() { Name = "Ponentes" })).ToBeVisibleAsync();
        await AssertAccessibleAsync();
    }

    [Fact]
    public async Task The_not_found_page_is_accessible_too()
    {
        var response = await Page.GotoAsync("/members/zz");

        Assert.Equal(404, response!.Status);
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Page not found");
        await AssertAccessibleAsync();
    }
}
