using CoCreation.Domain.Submissions;
using CoCreation.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CoCreation.Browser.Tests;

/// <summary>
/// Issue 19, the design system: the pages people use most pass axe (contrast included) in light and in dark, on a
/// phone and on a desktop, without scrolling sideways; a submission's state reads by its icon and words, not by colour
/// alone; the step tracker tells a screen reader where a submission stands. Screenshots of each page go to
/// TestResults/screens (not the repository) for a person to look at.
/// </summary>
public sealed class DesignJourneyTests(BrowserFixture portal) : BrowserTest(portal)
{
    private const string SupportUnit = "support@demo.cocreation.example";

    private Task<long> SubmissionAsync(SubmissionStatus status) =>
        Portal.WithDbAsync(db => db.Submissions.Where(s => s.Status == status).OrderBy(s => s.Id).Select(s => s.Id).FirstAsync());

    [Fact]
    public async Task In_light_and_dark_on_a_phone_and_a_desktop_the_main_pages_pass_axe_and_never_scroll_sideways()
    {
        await Scenario.LoadDemoAsync(Portal);
        var answered = await SubmissionAsync(SubmissionStatus.Answered);
        (string Name, string Path)[] pages =
        [
            ("home", "/"),
            ("submissions", "/submissions"),
            ("submission", $"/submissions/{answered}"),
            ("timeline", "/members/ar/timeline"),
            ("scorecards", "/scorecards"),
        ];
        var screens = Screens();
        var wide = new List<string>();
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            foreach (var width in new[] { 390, 1280 })
            {
                await using var context = await Portal.Browser.NewContextAsync(
                    new()
                    {
                        BaseURL = Portal.BaseAddress.ToString(),
                        Locale = "en-GB",
                        ColorScheme = scheme,
                        ViewportSize = new() { Width = width, Height = width < 600 ? 844 : 900 },
                    }
                );
                var page = await context.NewPageAsync();
                async Task VisitAsync(string name, string path)
                {
                    await page.GotoAsync(path);
                    await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
                    Assert.Equal(
                        scheme == ColorScheme.Dark,
                        await page.EvaluateAsync<bool>("() => matchMedia('(prefers-color-scheme: dark)').matches")
                    );
                    var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
                    if (scrollWidth > width)
                    {
                        wide.Add($"{path} ({scheme}): {scrollWidth} px at {width}");
                    }

                    await page.ScreenshotAsync(
                        new() { Path = Path.Combine(screens, $"{scheme.ToString().ToLowerInvariant()}-{name}-{width}.png") }
                    );
                    await AssertAccessibleAsync(page);
                }

                foreach (var (name, path) in pages)
                {
                    await VisitAsync(name, path);
                }

                await page.SignInAsync(SupportUnit, Web.Data.Seed.DemoData.DemoPassword);
                await VisitAsync("moderation", "/moderation");
            }
        }

        Assert.True(wide.Count == 0, string.Join(Environment.NewLine, wide));
    }

    [Fact]
    public async Task Two_states_differ_by_icon_and_words_not_only_by_colour()
    {
        await Scenario.LoadDemoAsync(Portal);
        async Task<(string Icon, string Colour)> BadgeAsync(long id, string words)
        {
            await Page.GotoAsync($"/submissions/{id}");
            var badge = Page.GetByRole(AriaRole.Article).GetByText(words, new() { Exact = true }).First;
            await Assertions.Expect(badge).ToBeVisibleAsync();
            var look = await badge.EvaluateAsync<string[]>(
                "e => [getComputedStyle(e, '::before').maskImage || getComputedStyle(e, '::before').webkitMaskImage, "
                    + "getComputedStyle(e).color]"
            );
            return (look[0], look[1]);
        }

        var published = await BadgeAsync(await SubmissionAsync(SubmissionStatus.Published), "Published");
        var forwarded = await BadgeAsync(await SubmissionAsync(SubmissionStatus.Forwarded), "Forwarded to the government");
        Assert.StartsWith("url(", published.Icon, StringComparison.Ordinal);
        Assert.StartsWith("url(", forwarded.Icon, StringComparison.Ordinal);
        Assert.NotEqual(published.Icon, forwarded.Icon);
        Assert.NotEqual(published.Colour, forwarded.Colour);
        await AssertAccessibleAsync();
    }

    [Fact]
    public async Task The_step_tracker_tells_a_screen_reader_where_a_submission_stands_and_where_a_refused_one_stopped()
    {
        await Scenario.LoadDemoAsync(Portal);
        async Task<(string[] Current, string[] Texts)> TrackerAsync(long id)
        {
            await Page.GotoAsync($"/submissions/{id}");
            var steps = Page.GetByRole(AriaRole.List, new() { Name = "Where it stands" }).GetByRole(AriaRole.Listitem);
            await Assertions.Expect(steps).ToHaveCountAsync(4);
            await AssertAccessibleAsync();
            return (
                await steps.EvaluateAllAsync<string[]>("items => items.map(i => i.getAttribute('aria-current') ?? '')"),
                (await steps.AllInnerTextsAsync()).Select(t => t.ReplaceLineEndings(" ")).ToArray()
            );
        }

        var forwarded = await TrackerAsync(await SubmissionAsync(SubmissionStatus.Forwarded));
        Assert.Equal(["", "", "step", ""], forwarded.Current);
        Assert.StartsWith("Forwarded to the government", forwarded.Texts[2], StringComparison.Ordinal);
        Assert.Contains("Not yet", forwarded.Texts[3], StringComparison.Ordinal);

        await Page.SignInAsync(SupportUnit, Web.Data.Seed.DemoData.DemoPassword);
        var refused = await TrackerAsync(await SubmissionAsync(SubmissionStatus.Rejected));
        Assert.Equal(["", "step", "", ""], refused.Current);
        Assert.StartsWith("Not published", refused.Texts[1], StringComparison.Ordinal);
        Assert.All(refused.Texts[2..], text => Assert.Contains("Not yet", text, StringComparison.Ordinal));
    }
}
