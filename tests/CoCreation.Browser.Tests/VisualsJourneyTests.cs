using CoCreation.Testing;
using Microsoft.Playwright;

namespace CoCreation.Browser.Tests;

/// <summary>
/// The map of members (home, /members) and the visual timeline (issue 19) in a real browser at 1280 and 390 px: the
/// shapes come from the cached world map, the pictures have text alternatives, axe finds nothing, and on a phone the
/// page never scrolls sideways (the timeline scrolls inside its own box). Screenshots go to TestResults/screens.
/// </summary>
public sealed class VisualsJourneyTests(BrowserFixture portal) : BrowserTest(portal)
{
    [Fact]
    public async Task The_map_and_the_timeline_read_at_1280_and_390_pixels_without_widening_the_page()
    {
        await Scenario.LoadDemoAsync(Portal);

        var screens = Screens();
        var wide = new List<string>();
        foreach (var width in new[] { 1280, 390 })
        {
            await Page.SetViewportSizeAsync(width, 844);
            foreach (var (path, name) in new[] { ("/", "home"), ("/members", "members"), ("/members/ph/timeline", "timeline-ph") })
            {
                await Page.GotoAsync(path);
                await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
                var scrollWidth = await Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
                if (scrollWidth > width)
                {
                    wide.Add($"{path} at {width}: {scrollWidth} px");
                }

                await AssertAccessibleAsync();
                var figure = Page.Locator("figure.member-map, figure.timeline-chart").First;
                await Assertions.Expect(figure).ToBeVisibleAsync();
                await figure.ScreenshotAsync(new() { Path = Path.Combine(screens, $"{name}-{width}.png") });
            }
        }

        Assert.Empty(wide);

        // On a phone the timeline is drawn narrow: it fits the page, and the wide drawing's scrolling frame, with its tab
        // stop, is gone (a keyboard no longer stops on a frame that has nothing to scroll).
        await Assertions.Expect(Page.Locator(".timeline-chart-scroll")).ToBeHiddenAsync();
        Assert.Equal(0, await Page.Locator("figure.timeline-chart [tabindex]:visible").CountAsync());
        await Assertions
            .Expect(Page.GetByRole(AriaRole.Img, new() { Name = "Co-creation timeline: Philippines, cycle 2017-2019" }))
            .ToBeVisibleAsync();
        await Assertions.Expect(Page.Locator("svg.timeline-svg-narrow .tl-check-text").First).ToContainTextAsync("two-weeks standard");

        // The map's shapes are drawn from the shared file, and a country is a link to its member's page.
        await Page.SetViewportSizeAsync(1280, 844);
        await Page.GotoAsync("/members");
        await Page.WaitForFunctionAsync("() => document.querySelector(\"svg.world-map a[href='/members/ar'] use\")?.getBBox().width > 20");
        var argentina = Page.Locator("svg.world-map a[href='/members/ar']");
        await Assertions.Expect(argentina).ToHaveAccessibleNameAsync("Argentina: Developing a plan");
        await argentina.ClickAsync();
        await Assertions.Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/members/ar$"));
        await Assertions.Expect(Page.Locator("h1")).ToContainTextAsync("Argentina");
    }
}
