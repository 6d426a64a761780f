using CoCreation.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CoCreation.Browser.Tests;

/// <summary>
/// Issue 21: a participant reading the portal in Spanish follows Colombia from its member page; the Colombian official, in
/// another browser, adds an activity to Colombia's published timeline; after the notification worker's round the
/// participant sees the unread count in the header (on a desktop and on a phone) and the notification in Spanish, marks it
/// read, and the count goes away. Axe and the HTML checker on every page; screenshots of the following and notification
/// pages at 1280 and 390 px go to TestResults/screens.
/// </summary>
public sealed class FollowJourneyTests(BrowserFixture portal) : BrowserTest(portal)
{
    private const string Activity = "Reunión con la sociedad civil en Medellín";

    /// <summary>The header link with its count; the brackets are read, not shown.</summary>
    private static readonly System.Text.RegularExpressions.Regex OneNew = new(@"^Notificaciones \(\s*1 nueva\s*\)$");

    [Fact]
    public async Task A_participant_follows_colombia_and_reads_in_spanish_of_the_officials_timeline_change()
    {
        await Scenario.LoadDemoAsync(Portal);

        // Whatever the demo left for the worker is told before the journey starts, so the participant hears only of it.
        var worker = Portal.Services.GetRequiredService<Web.Features.Notifications.Worker>();
        await worker.RunOnceAsync(CancellationToken.None);
        await Portal.CreateUserAsync("lucia@example.org", roles: Web.Infrastructure.Identity.Roles.Participant);
        var screens = Screens();

        // Lucía reads the portal in Spanish and follows Colombia from its page.
        await Page.SetViewportSizeAsync(1280, 900);
        await Page.SignInAsync("lucia@example.org");
        await Page.ChooseLanguageAsync("es", "/members/co");
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Colombia");
        await Assertions.Expect(Notifications(Page)).ToHaveAccessibleNameAsync("Notificaciones");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Seguir Colombia" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Dejar de seguir Colombia" })).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByText("Usted sigue esto: se le informa de lo que ocurre.")).ToBeVisibleAsync();
        await AssertAccessibleAsync();

        await Page.GotoAsync("/account/following");
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Lo que sigue");
        await Assertions
            .Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = "Países y gobiernos locales" }))
            .ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Colombia", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Dejar de seguir Colombia" })).ToBeVisibleAsync();
        await AssertAccessibleAsync();
        await ScreenshotsAsync(Page, screens, "following");

        // The Colombian official, in a browser of their own, adds an activity to Colombia's published timeline.
        var official = await NewPageAsync();
        await official.SetViewportSizeAsync(1280, 900);
        await official.SignInAsync("official@demo.cocreation.example", Web.Data.Seed.DemoData.DemoPassword);
        await official.GotoAsync("/members/co/timeline/edit");
        await official.GetByRole(AriaRole.Link, new() { Name = "Add an activity" }).ClickAsync();
        await official.GetByLabel("Kind of activity").SelectOptionAsync("CivilSocietyMeeting");
        var title = official.GetByRole(AriaRole.Group, new() { Name = "Title" });
        await title.GetByLabel("English").FillAsync("Meeting with civil society in Medellín");
        await title.GetByLabel("Spanish").FillAsync(Activity);
        await official.GetByLabel("Time zone").SelectOptionAsync("America/Bogota");
        await official.GetByLabel("Starts (local time)").FillAsync("2018-06-12T10:00");
        await official.GetByLabel("Ends (local time)").FillAsync("2018-06-12T13:00");
        await official.GetByLabel("Venue").FillAsync("Biblioteca Pública Piloto, Medellín");
        await official.GetByLabel("Languages").FillAsync("es");
        await AssertAccessibleAsync(official);
        await official.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(official.GetByRole(AriaRole.Status)).ToContainTextAsync("The activity was saved.");
        await AssertAccessibleAsync(official);

        // The notification worker's round (every minute in production; the test runs it rather than wait).
        await worker.RunOnceAsync(CancellationToken.None);

        // Lucía sees the count in the header, on a desktop and on a phone, where the menu button carries it too.
        await Page.GotoAsync("/members/co");
        await Assertions.Expect(Notifications(Page)).ToHaveAccessibleNameAsync(OneNew);
        await AssertAccessibleAsync();
        await Page.SetViewportSizeAsync(390, 844);
        var menu = Page.GetByRole(AriaRole.Banner).GetByText("Menú");
        await Assertions.Expect(menu).ToContainTextAsync("1 nueva");
        await Assertions.Expect(Notifications(Page)).Not.ToBeVisibleAsync();
        await AssertAccessibleAsync();
        await menu.ClickAsync();
        await Assertions.Expect(Notifications(Page)).ToBeVisibleAsync();
        await Assertions.Expect(Notifications(Page)).ToHaveAccessibleNameAsync(OneNew);
        await AssertAccessibleAsync();
        await Page.ScreenshotAsync(new() { Path = Path.Combine(screens, "follow-menu-unread-390.png") });

        // The notification, in Spanish, leads to the activity that changed.
        await Notifications(Page).ClickAsync();
        await Page.SetViewportSizeAsync(1280, 900);
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sus notificaciones");
        await Assertions.Expect(Page.GetByText("1 sin leer.")).ToBeVisibleAsync();
        var item = Page.GetByRole(AriaRole.Listitem).Filter(new() { HasText = Activity });
        await Assertions.Expect(item).ToContainTextAsync("Nueva");
        await Assertions.Expect(item.GetByRole(AriaRole.Link)).ToHaveAccessibleNameAsync($"Colombia: cronograma modificado: {Activity}");
        await AssertAccessibleAsync();
        await ScreenshotsAsync(Page, screens, "notifications");
        await item.GetByRole(AriaRole.Link).ClickAsync();
        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/members/co/timeline");
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = Activity })).ToBeVisibleAsync();
        await AssertAccessibleAsync();

        // Marked read, the count goes away from the page and the header.
        await Notifications(Page).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Marcar «Colombia» como leído" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Marcar «Colombia» como leído" })).ToHaveCountAsync(0);
        await Assertions.Expect(Page.GetByText("sin leer")).ToHaveCountAsync(0);
        await Assertions.Expect(Page.GetByRole(AriaRole.Listitem).Filter(new() { HasText = Activity })).Not.ToContainTextAsync("Nueva");
        await Assertions.Expect(Notifications(Page)).ToHaveAccessibleNameAsync("Notificaciones");
        await AssertAccessibleAsync();
        await Page.SetViewportSizeAsync(390, 844);
        await Assertions.Expect(Page.GetByRole(AriaRole.Banner).GetByText("Menú")).Not.ToContainTextAsync("nueva");
        await AssertAccessibleAsync();
    }

    /// <summary>The notifications link of the header's account menu.</summary>
    private static ILocator Notifications(IPage page) =>
        page.GetByRole(AriaRole.Navigation, new() { Name = "Cuenta" }).GetByRole(AriaRole.Link, new() { Name = "Notificaciones" });

    /// <summary>The whole page at 1280 and at 390 px, for a person to look at; the page never scrolls sideways.</summary>
    private static async Task ScreenshotsAsync(IPage page, string screens, string name)
    {
        foreach (var width in new[] { 1280, 390 })
        {
            await page.SetViewportSizeAsync(width, width < 600 ? 844 : 900);
            Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= width, $"{name} at {width} px");
            await page.ScreenshotAsync(new() { Path = Path.Combine(screens, $"follow-{name}-{width}.png"), FullPage = true });
        }

        await page.SetViewportSizeAsync(1280, 900);
    }
}
