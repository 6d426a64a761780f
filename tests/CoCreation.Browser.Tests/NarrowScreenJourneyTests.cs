using CoCreation.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CoCreation.Browser.Tests;

/// <summary>
/// On a 390 px phone the pages with tables (the queue, the dashboard, answers, my submissions, members,
/// scorecards, timelines) never scroll sideways: a wide table scrolls inside its own box.
/// </summary>
public sealed class NarrowScreenJourneyTests(BrowserFixture portal) : BrowserTest(portal)
{
    [Fact]
    public async Task At_390_pixels_no_page_with_a_table_scrolls_sideways()
    {
        await using (var scope = Portal.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<Web.Data.Seed.DemoData>().LoadIfEmptyAsync(CancellationToken.None);
        }

        await Page.SetViewportSizeAsync(390, 844);
        var wide = new List<string>();
        async Task VisitAsync(IPage page, string path)
        {
            await page.GotoAsync(path);
            await Assertions.Expect(page.GetByRole(AriaRole.Table).First).ToBeVisibleAsync();
            var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            if (width > 390)
            {
                wide.Add($"{path}: {width} px");
            }

            await AssertAccessibleAsync(page);
        }

        foreach (var path in new[] { "/members", "/scorecards", "/timelines" })
        {
            await VisitAsync(Page, path);
        }

        await Page.SignInAsync("support@demo.cocreation.example", Web.Data.Seed.DemoData.DemoPassword);
        foreach (var path in new[] { "/moderation", "/moderation/dashboard", "/answers" })
        {
            await VisitAsync(Page, path);
        }

        // In French the dashboard's visually hidden table captions once sat past the right edge and widened the page.
        await Page.GetByRole(AriaRole.Link, new() { Name = "Français" }).ClickAsync();
        await VisitAsync(Page, "/moderation/dashboard");

        await using var participant = await Portal.Browser.NewContextAsync(
            new()
            {
                BaseURL = Portal.BaseAddress.ToString(),
                ViewportSize = new() { Width = 390, Height = 844 },
            }
        );
        var phone = await participant.NewPageAsync();
        await phone.SignInAsync("participant@demo.cocreation.example", Web.Data.Seed.DemoData.DemoPassword);
        await VisitAsync(phone, "/submissions/mine");

        Assert.Empty(wide);
    }
}
