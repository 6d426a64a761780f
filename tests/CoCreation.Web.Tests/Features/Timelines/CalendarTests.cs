using System.Xml.Linq;
using CoCreation.Web.Features.Timelines;

namespace CoCreation.Web.Tests.Features.Timelines;

public sealed class CalendarTests(WebFixture portal) : PortalTest(portal)
{
    [Fact]
    public async Task The_timeline_calendar_parses_back_with_stable_uids_utc_times_cancellations_and_growing_sequences()
    {
        var people = await Scenario.CreateAsync(Portal);
        var ids = await TimelineSteps.BuildAsync(Portal, people.ArgentinaOfficial, publish: true);
        var form = (await Portal.SendAsUserAsync(new SaveActivity.Query("ar", ids[1]), people.ArgentinaOfficial))!.Command;
        await Portal.SendAsync(form with { Place = "Cabildo de Córdoba" }, people.ArgentinaOfficial);
        await Portal.SendAsync(new CancelActivity.Command("ar", ids[2]), people.ArgentinaOfficial);
        using var visitor = Portal.CreateClient();

        using var response = await visitor.Http.GetAsync("/members/ar/timeline.ics");
        var calendar = Ical.Net.Calendar.Load(await response.Content.ReadAsStringAsync())!;

        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(3, calendar.Events.Count);
        var launch = calendar.Events.Single(e => e.Uid == $"activity-{ids[0]}@cocreation");
        Assert.Equal("Launch workshop", launch.Summary);
        Assert.Equal(TimelineSteps.Ahead.AddHours(3), launch.Start!.AsUtc);
        Assert.Equal(TimelineSteps.Ahead.AddHours(6), launch.End!.AsUtc);
        Assert.Equal("Casa Rosada, Buenos Aires", launch.Location);
        Assert.Equal("CONFIRMED", launch.Status);
        Assert.Equal(0, launch.Sequence);
        Assert.EndsWith("/members/ar/timeline#activity-" + ids[0], launch.Url!.ToString(), StringComparison.Ordinal);
        var moved = calendar.Events.Single(e => e.Uid == $"activity-{ids[1]}@cocreation");
        Assert.Equal("Cabildo de Córdoba", moved.Location);
        Assert.Equal(1, moved.Sequence);
        var cancelled = calendar.Events.Single(e => e.Uid == $"activity-{ids[2]}@cocreation");
        Assert.Equal("CANCELLED", cancelled.Status);
        Assert.Equal(TimelineSteps.Ahead.AddDays(1).AddHours(-1), cancelled.Start!.AsUtc);
        Assert.Equal("https://meet.example/diaspora", cancelled.Location);

        using var one = await visitor.Http.GetAsync($"/members/ar/timeline/activities/{ids[0]}.ics");
        Assert.Equal(launch.Uid, Assert.Single(Ical.Net.Calendar.Load(await one.Content.ReadAsStringAsync())!.Events).Uid);
        using var french = new HttpRequestMessage(HttpMethod.Get, $"/members/ar/timeline/activities/{ids[0]}.ics");
        french.Headers.AcceptLanguage.ParseAdd("fr");
        using var frenchResponse = await visitor.Http.SendAsync(french);
        Assert.Equal(
            "Atelier de lancement",
            Assert.Single(Ical.Net.Calendar.Load(await frenchResponse.Content.ReadAsStringAsync())!.Events).Summary
        );
        Assert.Equal(
            System.Net.HttpStatusCode.NotFound,
            (await visitor.Http.GetAsync("/members/ar/timeline/activities/999999.ics")).StatusCode
        );
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await visitor.Http.GetAsync("/members/co/timeline.ics")).StatusCode);
    }

    [Fact]
    public async Task The_atom_feeds_list_the_publication_and_each_revision_newest_first()
    {
        var people = await Scenario.CreateAsync(Portal);
        var ids = await TimelineSteps.BuildAsync(Portal, people.ArgentinaOfficial, publish: true);
        await Portal.SendAsync(new CancelActivity.Command("ar", ids[1]), people.ArgentinaOfficial);
        using var visitor = Portal.CreateClient();
        XNamespace atom = "http://www.w3.org/2005/Atom";

        using var response = await visitor.Http.GetAsync("/members/ar/timeline/feed.atom");
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync());
        using var all = await visitor.Http.GetAsync("/timelines/feed.atom");
        var allFeed = XDocument.Parse(await all.Content.ReadAsStringAsync());

        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(atom + "feed", feed.Root!.Name);
        Assert.Contains("Argentina", feed.Root.Element(atom + "title")!.Value, StringComparison.Ordinal);
        var entries = feed.Root.Elements(atom + "entry").ToList();
        Assert.Equal(2, entries.Count);
        var cancelled = entries[0].Element(atom + "title")!.Value;
        Assert.Equal("Argentina: Activity “Meeting with civil society in Córdoba” cancelled", cancelled);
        Assert.Equal("Argentina: co-creation timeline 2017-2019 published", entries[1].Element(atom + "title")!.Value);
        Assert.All(entries, e =>
            Assert.EndsWith("/members/ar/timeline", e.Element(atom + "link")!.Attribute("href")!.Value, StringComparison.Ordinal)
        );
        Assert.All(entries, e => Assert.StartsWith("urn:cocreation:timeline-", e.Element(atom + "id")!.Value, StringComparison.Ordinal));
        Assert.True(
            DateTimeOffset.Parse(entries[0].Element(atom + "updated")!.Value, System.Globalization.CultureInfo.InvariantCulture)
                >= DateTimeOffset.Parse(entries[1].Element(atom + "updated")!.Value, System.Globalization.CultureInfo.InvariantCulture)
        );
        Assert.Equal(2, allFeed.Root!.Elements(atom + "entry").Count());
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await visitor.Http.GetAsync("/members/zz/timeline/feed.atom")).StatusCode);
    }
}
