using CoCreation.Testing;
using Microsoft.Playwright;

namespace CoCreation.Browser.Tests;

/// <summary>The home page on a phone: the two things most people come for are on the first screen, by accessible names only.</summary>
public sealed class HomeJourneyTests(BrowserFixture portal) : BrowserTest(portal)
{
    [Fact]
    public async Task At_390_pixels_send_a_proposal_and_find_your_country_are_on_the_first_screen()
    {
        await Scenario.LoadCampaignAsync(Portal);
        await Page.SetViewportSizeAsync(390, 844);

        await Page.GotoAsync("/");

        await Assertions
            .Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Send a proposal", Exact = true }))
            .ToBeInViewportAsync(new() { Ratio = 1 });
        await Assertions
            .Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Find your country", Exact = true }))
            .ToBeInViewportAsync(new() { Ratio = 1 });
        await AssertAccessibleAsync();

        await Page.GetByRole(AriaRole.Link, new() { Name = "Find your country", Exact = true }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("OGP members");
    }
}
