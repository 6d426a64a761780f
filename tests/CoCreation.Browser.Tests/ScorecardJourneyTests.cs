using CoCreation.Testing;
using Microsoft.Playwright;

namespace CoCreation.Browser.Tests;

/// <summary>
/// A visitor compares members on the standards, follows Colombia's scorecard to its evidence and looks at
/// the campaign's participation; the Support Unit opens its dashboard. Axe checks every page with charts.
/// </summary>
public sealed class ScorecardJourneyTests(BrowserFixture portal) : BrowserTest(portal)
{
    [Fact]
    public async Task A_visitor_reads_the_scorecards_and_the_campaign_dashboard_and_the_support_unit_its_dashboard()
    {
        await Scenario.LoadDemoAsync(Portal);

        await Page.GotoAsync("/scorecards");
        var scorecards = Page.GetByRole(AriaRole.Table, new() { Name = "Each member’s result per requirement" });
        // Ninety members, thirty a page; a reader narrows them to a region.
        await Assertions.Expect(scorecards.GetByRole(AriaRole.Rowheader)).ToHaveCountAsync(30);
        await Assertions.Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Next page" })).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Img, new() { Name = "Members that meet each requirement" })).ToBeVisibleAsync();
        await AssertAccessibleAsync();
        await Page.GetByLabel("Region").SelectOptionAsync("Americas");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();

        await scorecards.GetByRole(AriaRole.Link, new() { Name = "Colombia" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Colombia");
        await Assertions
            .Expect(Page.GetByRole(AriaRole.Region, new() { Name = "A multi-stakeholder forum meets regularly" }))
            .ToContainTextAsync("Met");
        await Assertions
            .Expect(
                Page.GetByRole(AriaRole.Region, new() { Name = "Meetings with civil society and progress reported during implementation" })
            )
            .ToContainTextAsync("Met");
        await AssertAccessibleAsync();
        await Page.GetByRole(AriaRole.Region, new() { Name = "Meetings with civil society and progress reported during implementation" })
            .GetByRole(AriaRole.Link)
            .First.ClickAsync();
        await Assertions.Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/members/co/(plans|timeline)"));

        await Page.GotoAsync("/members/ph");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Scorecard and evidence – Philippines" }).ClickAsync();
        await Assertions
            .Expect(Page.GetByRole(AriaRole.Region, new() { Name = "The timeline is published in time" }))
            .ToContainTextAsync("Not met");

        await Page.GotoAsync("/campaigns/global-cocreation-week-2017");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Participation dashboard" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Img)).ToHaveCountAsync(4);
        await AssertAccessibleAsync();

        await Page.SignInAsync("support@demo.cocreation.example", Web.Data.Seed.DemoData.DemoPassword);
        await Page.GotoAsync("/moderation");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Support Unit dashboard" }).ClickAsync();
        await Assertions
            .Expect(
                Page.GetByRole(AriaRole.Table, new() { Name = "The forwarding backlog, oldest first" }).GetByRole(AriaRole.Rowheader).First
            )
            .ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Img)).ToHaveCountAsync(3);
        await AssertAccessibleAsync();
    }
}
