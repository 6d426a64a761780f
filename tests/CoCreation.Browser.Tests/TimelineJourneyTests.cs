using CoCreation.Testing;
using Microsoft.Playwright;

namespace CoCreation.Browser.Tests;

/// <summary>
/// An official builds a co-creation timeline with three activities in two time zones and publishes it;
/// a visitor reads it in French and downloads its calendar. Axe checks the editor and the public pages.
/// </summary>
public sealed class TimelineJourneyTests(BrowserFixture portal) : BrowserTest(portal)
{
    private static readonly DateTime Ahead = DateTime.UtcNow.Date.AddDays(30).AddHours(10);

    [Fact]
    public async Task An_official_publishes_a_timeline_and_a_visitor_reads_it_in_french_and_downloads_the_calendar()
    {
        await Scenario.CreateAsync(Portal);
        await Page.SignInAsync("official.ar@example.org");

        await Page.GotoAsync("/members/ar/timeline/edit");
        await AssertAccessibleAsync();
        await Page.GetByRole(AriaRole.Textbox, new() { Name = "NAP cycle" }).FillAsync("2017-2019");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Start the timeline" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("The cycle was saved.");
        var newPhase = Page.GetByRole(AriaRole.Group, new() { Name = "Add a phase" });
        await newPhase.GetByLabel("Name (English)").FillAsync("Consultation");
        await newPhase.GetByLabel("Name (French)").FillAsync("Consultation publique");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add a phase" }).ClickAsync();
        await AssertAccessibleAsync();

        await AddActivityAsync(
            "Workshop",
            "Launch workshop",
            "Atelier de lancement",
            "America/Argentina/Buenos_Aires",
            Ahead,
            place: "Casa Rosada, Buenos Aires",
            link: null
        );
        await AddActivityAsync(
            "CivilSocietyMeeting",
            "Meeting with civil society",
            "Réunion avec la société civile",
            "America/Argentina/Buenos_Aires",
            Ahead.AddDays(2),
            place: "Córdoba",
            link: null
        );
        await AddActivityAsync(
            "OnlineConsultation",
            "Webinar for the diaspora",
            "Webinaire pour la diaspora",
            "Europe/Madrid",
            Ahead.AddDays(1),
            place: null,
            link: "https://meet.example/diaspora"
        );
        var activities = Page.GetByRole(AriaRole.Table, new() { Name = "Activities", Exact = true });
        await Assertions
            .Expect(activities.GetByRole(AriaRole.Row).Filter(new() { Has = Page.GetByRole(AriaRole.Cell) }))
            .ToHaveCountAsync(3);
        await AssertAccessibleAsync();

        await Page.GetByRole(AriaRole.Link, new() { Name = "Preview the timeline as visitors will see it" }).ClickAsync();
        await AssertAccessibleAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Back to the editor" }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Publish the timeline" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("The timeline is published.");

        // A visitor, in French.
        await using var visitorContext = await Portal.Browser.NewContextAsync(
            new() { BaseURL = Portal.BaseAddress.ToString(), AcceptDownloads = true }
        );
        var visitor = await visitorContext.NewPageAsync();
        await visitor.ChooseLanguageAsync("fr", "/members/ar/timeline");
        await Assertions.Expect(visitor.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Calendrier de co-création");
        var published = visitor.GetByRole(AriaRole.Article);
        await Assertions.Expect(published.First.GetByRole(AriaRole.Heading)).ToContainTextAsync("Atelier de lancement");
        await Assertions
            .Expect(visitor.GetByRole(AriaRole.Region, new() { Name = "jours avant la première activité" }))
            .ToContainTextAsync("Oui");
        // The zone by its city and its offset, not its raw id.
        await Assertions.Expect(published.Nth(1)).ToContainTextAsync("Madrid (UTC+");
        await AssertAccessibleAsync(visitor);

        var download = await visitor.RunAndWaitForDownloadAsync(() =>
            visitor.GetByRole(AriaRole.Link, new() { Name = "Tout le calendrier dans mon agenda (.ics)" }).ClickAsync()
        );
        var calendar = Ical.Net.Calendar.Load(await File.ReadAllTextAsync((await download.PathAsync())!))!;
        Assert.Equal(3, calendar.Events.Count);
        Assert.Contains(calendar.Events, e => e.Summary == "Webinaire pour la diaspora" && e.Location == "https://meet.example/diaspora");

        await visitor.GetByRole(AriaRole.Link, new() { Name = "Afficher en calendrier mensuel" }).ClickAsync();
        await Assertions.Expect(visitor.GetByRole(AriaRole.Table)).ToContainTextAsync("Atelier de lancement");
        await AssertAccessibleAsync(visitor);
        await visitor.GotoAsync("/timelines");
        await Assertions
            .Expect(visitor.GetByRole(AriaRole.Table, new() { Name = "Calendriers de co-création et la norme des deux semaines" }))
            .ToContainTextAsync("Argentine");
        await AssertAccessibleAsync(visitor);
        await visitor.GotoAsync("/campaigns/global-cocreation-week-2017");
        await Assertions
            .Expect(
                visitor
                    .GetByRole(AriaRole.Region, new() { Name = "Calendriers de co-création des membres participants" })
                    .GetByRole(AriaRole.Listitem)
                    .Filter(new() { Has = visitor.GetByRole(AriaRole.Link, new() { Name = "Argentine" }) })
            )
            .ToContainTextAsync("publié le");
        await AssertAccessibleAsync(visitor);
    }

    private async Task AddActivityAsync(
        string kind,
        string titleEn,
        string titleFr,
        string zone,
        DateTime starts,
        string? place,
        string? link
    )
    {
        await Page.GetByRole(AriaRole.Link, new() { Name = "Add an activity" }).ClickAsync();
        await Page.GetByLabel("Kind of activity").SelectOptionAsync(kind);
        await Page.GetByLabel("Phase", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await Page.GetByRole(AriaRole.Group, new() { Name = "Title" }).GetByLabel("English").FillAsync(titleEn);
        await Page.GetByRole(AriaRole.Group, new() { Name = "Title" }).GetByLabel("French").FillAsync(titleFr);
        await Page.GetByLabel("Time zone").SelectOptionAsync(zone);
        await Page.GetByLabel("Starts (local time)")
            .FillAsync(starts.ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture));
        await Page.GetByLabel("Ends (local time)")
            .FillAsync(starts.AddHours(2).ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture));
        if (place is not null)
        {
            await Page.GetByLabel("Venue").FillAsync(place);
        }

        if (link is not null)
        {
            await Page.GetByLabel("Online link").FillAsync(link);
        }

        await Page.GetByLabel("Languages").FillAsync("es, fr");
        await AssertAccessibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("The activity was saved.");
    }
}
