using CoCreation.Testing;
using Microsoft.Extensions.DependencyInjection;
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
        await using (var scope = Portal.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<Web.Data.Seed.DemoData>().LoadIfEmptyAsync(CancellationToken.None);
        }

        await Page.GotoAsync("/scorecards");
        await Assertions.Expect(Page.Locator("#scorecards-table tbody tr")).ToHaveCountAsync(30);
        await Assertions.Expect(Page.Locator("svg[role=img] title")).ToHaveTextAsync("Members that meet each requirement");
        await AssertAccessibleAsync();

        await Page.Locator("#scorecards-table").GetByRole(AriaRole.Link, new() { Name = "Colombia" }).ClickAsync();
        await Assertions.Expect(Page.Locator("h1")).ToContainTextAsync("Colombia");
        await Assertions.Expect(Page.Locator("#forum")).ToContainTextAsync("Met");
        await AssertAccessibleAsync();
        await Page.Locator("#implementation ~ dl + h3 + ul a, #implementation ~ ul a").First.ClickAsync();
        await Assertions.Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/members/co/(plans|timeline)"));

        await Page.GotoAsync("/members/ph");
        await Page.GetByRole(AriaRole.Link, new() { Name = "The scorecard of Philippines and its evidence" }).ClickAsync();
        await Assertions.Expect(Page.Locator("#timeline")).ToContainTextAsync("Not met");

        await Page.GotoAsync("/campaigns/global-cocreation-week-2017");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Participation dashboard" }).ClickAsync();
        await Assertions.Expect(Page.Locator("svg[role=img]")).ToHaveCountAsync(4);
        await AssertAccessibleAsync();

        await Page.SignInAsync("support@demo.cocreation.example", Web.Data.Seed.DemoData.DemoPassword);
        await Page.GotoAsync("/moderation");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Support Unit dashboard" }).ClickAsync();
        await Assertions.Expect(Page.Locator("#backlog-table tbody tr").First).ToBeVisibleAsync();
        await Assertions.Expect(Page.Locator("svg[role=img]")).ToHaveCountAsync(3);
        await AssertAccessibleAsync();
    }
}
