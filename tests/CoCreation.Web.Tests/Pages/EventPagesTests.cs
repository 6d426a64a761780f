using CoCreation.Domain.Common;
using CoCreation.Domain.Events;
using CoCreation.Web.Infrastructure.Identity;

namespace CoCreation.Web.Tests.Pages;

public sealed class EventPagesTests(WebFixture portal) : PortalTest(portal)
{
    [Fact]
    public async Task A_participant_takes_the_last_seat_then_gives_it_back_by_the_personal_link_and_the_first_waiting_is_promoted()
    {
        var starts = DateTimeOffset.UtcNow.AddDays(10);
        var eventId = await TestEvents.AddWebinarAsync(Portal, starts, capacity: 1, link: "https://meet.example/americas");
        await Portal.CreateUserAsync("ana@example.org", roles: Roles.Participant);
        await Portal.CreateUserAsync("ben@example.org", roles: Roles.Participant);
        using var ana = await Portal.SignedInClientAsync("ana@example.org");
        using var ben = await Portal.SignedInClientAsync("ben@example.org");

        var page = await ana.GetAsync($"/events/{eventId}");
        Assert.Null(page.QuerySelector("a[href='https://meet.example/americas']"));
        var seated = await ana.SubmitAsync(page, "form[action*=Register]", new Dictionary<string, string>());
        Assert.Contains("https://meet.example/americas", seated.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var waiting = await ben.SubmitAsync(
            await ben.GetAsync($"/events/{eventId}"),
            "form[action*=Register]",
            new Dictionary<string, string>()
        );
        Assert.Contains(
            "waiting list",
            waiting.QuerySelector("section[aria-labelledby=registration] [role=status]")!.TextContent,
            StringComparison.Ordinal
        );

        var code = await Portal.WithDbAsync(db =>
            db.Set<Registration>().Where(r => r.Registrant.Email == "ana@example.org").Select(r => r.CancellationCode).SingleAsync()
        );
        var mine = await ana.GetAsync("/events/mine");
        Assert.NotNull(mine.QuerySelector($"a[href='/events/cancel/{code}']"));
        using var anyone = Portal.CreateClient();
        var confirm = await anyone.GetAsync($"/events/cancel/{code}");
        Assert.Equal(RegistrationStatus.Confirmed, await StatusOf("ana@example.org"));
        var done = await anyone.SubmitAsync(confirm, "main form", new Dictionary<string, string>());

        Assert.NotNull(done.QuerySelector("[role=status]"));
        Assert.Equal(RegistrationStatus.Cancelled, await StatusOf("ana@example.org"));
        Assert.Equal(RegistrationStatus.Confirmed, await StatusOf("ben@example.org"));
        // Ben's account speaks English: the Spanish event's email is written in his language.
        var promoted = await Portal.Smtp.WaitForAsync("ben@example.org", m =>
            m.Subject!.StartsWith("A seat freed up for you", StringComparison.Ordinal)
        );
        Assert.Contains("Americas webinar", promoted.Subject, StringComparison.Ordinal);
        await anyone.SendFormAsync($"/events/cancel/{Guid.NewGuid()}", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.NotFound, anyone.Status);
    }

    [Fact]
    public async Task The_week_lists_its_five_events_and_a_visitor_is_asked_to_sign_in_to_register()
    {
        await Scenario.LoadCampaignAsync(Portal);
        using var visitor = Portal.CreateClient(followRedirects: false);

        var past = await visitor.GetAsync("/events?Filter.Past=true");
        Assert.Equal(5, past.QuerySelectorAll("main ul.card-list > li").Length);
        var id = past.QuerySelector("main ul.card-list > li a")!.GetAttribute("href")!;
        await visitor.GetAsync(id);
        Assert.Equal(HttpStatusCode.OK, visitor.Status);
        await visitor.GetAsync("/events/999999");
        Assert.Equal(HttpStatusCode.NotFound, visitor.Status);
    }

    [Fact]
    public async Task The_events_page_links_to_its_next_page_keeping_its_filters()
    {
        await Scenario.LoadCampaignAsync(Portal);
        using var visitor = Portal.CreateClient();
        var now = DateTimeOffset.UtcNow;
        var expected = await Portal.WithDbAsync(db =>
            db.Events.Where(e => e.Schedule.EndsAt < now)
                .OrderByDescending(e => e.Schedule.StartsAt)
                .ThenByDescending(e => e.Id)
                .Select(e => $"/events/{e.Id}")
                .ToListAsync()
        );

        var seen = new List<string>();
        var pages = 0;
        string? next = "/events?Past=true&Limit=2";
        while (next is not null)
        {
            var page = await visitor.GetAsync(next);
            seen.AddRange(page.QuerySelectorAll("main ul.card-list > li h2 a").Select(a => a.GetAttribute("href")!));
            next = page.QuerySelector("a[rel=next]")?.GetAttribute("href");
            pages++;
            Assert.True(pages < 100, "the pages never end");
        }

        Assert.Equal(5, expected.Count);
        Assert.Equal(expected, seen);
        Assert.Equal(3, pages);
    }

    [Fact]
    public async Task Each_event_has_a_calendar_file_that_parses_back_with_its_fields()
    {
        await Scenario.LoadCampaignAsync(Portal);
        var americas = await Portal.WithDbAsync(db =>
            db.Events.Where(e => e.Region == Domain.Members.Region.Americas).Select(e => e.Id).SingleAsync()
        );
        using var visitor = Portal.CreateClient();

        using var response = await visitor.Http.GetAsync($"/events/{americas}.ics");
        var calendar = Ical.Net.Calendar.Load(await response.Content.ReadAsStringAsync())!;

        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        var item = Assert.Single(calendar.Events);
        Assert.Equal($"event-{americas}@cocreation.portal", item.Uid);
        Assert.Equal("Co-creation webinar: the Americas", item.Summary);
        Assert.Equal(new DateTime(2017, 3, 28, 15, 0, 0, DateTimeKind.Utc), item.Start!.AsUtc);
        Assert.Equal(new DateTime(2017, 3, 28, 16, 30, 0, DateTimeKind.Utc), item.End!.AsUtc);
        Assert.Equal("CONFIRMED", item.Status);
        using var missing = await visitor.Http.GetAsync("/events/424242.ics");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);

        var week = Ical.Net.Calendar.Load(await visitor.Http.GetStringAsync("/campaigns/global-cocreation-week-2017/calendar.ics"))!;
        Assert.Equal(6, week.Events.Count);
        Assert.Equal(week.Events.Select(e => e.Uid).Distinct().Count(), week.Events.Count);
        using var unknown = await visitor.Http.GetAsync("/campaigns/no-such-campaign/calendar.ics");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    private Task<RegistrationStatus> StatusOf(string email) =>
        Portal.WithDbAsync(db =>
            db.Set<Registration>().Where(r => r.Registrant.Email == email).OrderByDescending(r => r.Id).Select(r => r.Status).FirstAsync()
        );

    [Fact]
    public async Task A_visitor_registers_in_spanish_by_name_and_email_gets_the_calendar_entry_and_gives_the_seat_back_to_the_next_in_line()
    {
        var starts = new DateTimeOffset(DateTimeOffset.UtcNow.AddDays(12).UtcDateTime.Date.AddHours(15), TimeSpan.Zero);
        var eventId = await TestEvents.AddWebinarAsync(Portal, starts, capacity: 1, link: "https://meet.example/americas");
        using var lucia = Portal.CreateClient();
        lucia.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");

        var page = await lucia.GetAsync($"/events/{eventId}", "es");
        var asked = await lucia.SubmitAsync(
            page,
            "form[action*=Request]",
            new Dictionary<string, string> { ["Visitor.Name"] = "Lucía Pérez", ["Visitor.Email"] = "lucia@example.org" }
        );
        Assert.Contains("correo", asked.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        var request = await Portal.Smtp.WaitForAsync("lucia@example.org", m =>
            m.Subject!.StartsWith("Confirme su inscripción", StringComparison.Ordinal)
        );
        var link = EmailedLinks.RegistrationConfirmation().Match(request.TextBody!).Value;
        var confirm = await lucia.GetAsync(new Uri(link).PathAndQuery, "es");
        Assert.Contains("Lucía Pérez", confirm.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var seated = await lucia.SubmitAsync(confirm, "main form", new Dictionary<string, string>());
        Assert.Contains("lugar está confirmado", seated.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);

        var confirmation = await Portal.Smtp.WaitForAsync("lucia@example.org", m =>
            m.Subject!.StartsWith("Su lugar está confirmado", StringComparison.Ordinal)
        );
        Assert.Contains("https://meet.example/americas", confirmation.TextBody, StringComparison.Ordinal);
        var attachment = Assert.Single(confirmation.Attachments.OfType<MimeKit.MimePart>());
        Assert.Equal("text/calendar", attachment.ContentType.MimeType);
        using var ics = new MemoryStream();
        await attachment.Content!.DecodeToAsync(ics);
        var entry = Assert.Single(Ical.Net.Calendar.Load(System.Text.Encoding.UTF8.GetString(ics.ToArray()))!.Events);
        Assert.Equal(
            ($"event-{eventId}@cocreation.portal", "Webinario de las Américas", "CONFIRMED"),
            (entry.Uid, entry.Summary, entry.Status)
        );
        Assert.Equal(starts.UtcDateTime, entry.Start!.AsUtc);

        await Portal.SendAsync(
            new Web.Features.Events.ConfirmRegistration.Command(eventId, await TokenForAsync(eventId, "Ben", "ben@example.org"))
        );
        Assert.Equal(RegistrationStatus.Waiting, await StatusOf("ben@example.org"));
        var cancelLink = EmailedLinks.RegistrationCancellation().Match(confirmation.TextBody!).Value;
        var cancel = await lucia.GetAsync(new Uri(cancelLink).PathAndQuery, "es");
        await lucia.SubmitAsync(cancel, "main form", new Dictionary<string, string>());

        Assert.Equal(RegistrationStatus.Cancelled, await StatusOf("lucia@example.org"));
        Assert.Equal(RegistrationStatus.Confirmed, await StatusOf("ben@example.org"));
        var promoted = await Portal.Smtp.WaitForAsync("ben@example.org", m => m.Attachments.Any());
        Assert.Contains("/events/cancel/", promoted.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_visitor_hears_about_their_seat_in_the_language_of_the_page_they_asked_on_not_the_events()
    {
        var eventId = await TestEvents.AddWebinarAsync(Portal, DateTimeOffset.UtcNow.AddDays(12), capacity: 10);
        using var claire = Portal.CreateClient();
        await ClaireAsksForASeatAsync(claire, eventId);
        var request = await Portal.Smtp.WaitForAsync("claire@example.org");
        var link = EmailedLinks.RegistrationConfirmation().Match(request.TextBody!).Value;

        // The link is opened later in a browser that says English: the request remembered French.
        using var later = Portal.CreateClient();
        await later.SubmitAsync(await later.GetAsync(new Uri(link).PathAndQuery, "en"), "main form", new Dictionary<string, string>());

        var confirmation = await Portal.Smtp.WaitForAsync("claire@example.org", m =>
            m.Subject!.StartsWith("Votre place est confirmée", StringComparison.Ordinal)
        );
        Assert.Contains("Bonjour Claire", confirmation.TextBody, StringComparison.Ordinal);
        Assert.Equal(
            "fr",
            await Portal.WithDbAsync(db =>
                db.Set<Registration>()
                    .Where(r => r.Registrant.Email == "claire@example.org")
                    .Select(r => r.Registrant.Language)
                    .SingleAsync()
            )
        );
    }

    [Fact]
    public async Task The_feed_of_new_events_is_atom_with_the_newest_first()
    {
        await Scenario.LoadCampaignAsync(Portal);
        using var visitor = Portal.CreateClient();

        using var response = await visitor.Http.GetAsync("/events/feed.atom");
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        var feed = System.Xml.Linq.XDocument.Parse(await response.Content.ReadAsStringAsync());
        System.Xml.Linq.XNamespace atom = "http://www.w3.org/2005/Atom";
        var entries = feed.Root!.Elements(atom + "entry").ToList();

        Assert.Equal(6, entries.Count);
        Assert.Contains("Co-creation clinic", entries[0].Element(atom + "title")!.Value, StringComparison.Ordinal);
        Assert.All(entries, e =>
            Assert.StartsWith("https://localhost/events/", e.Element(atom + "link")!.Attribute("href")!.Value, StringComparison.Ordinal)
        );
    }

    [Fact]
    public async Task After_registering_the_page_shows_the_new_state_with_a_way_to_cancel_instead_of_the_form_again()
    {
        var eventId = await TestEvents.AddWebinarAsync(Portal, DateTimeOffset.UtcNow.AddDays(10), capacity: 1);
        await Portal.CreateUserAsync("ana@example.org", roles: Roles.Participant);
        await Portal.CreateUserAsync("ben@example.org", roles: Roles.Participant);
        using var ana = await Portal.SignedInClientAsync("ana@example.org");
        using var ben = await Portal.SignedInClientAsync("ben@example.org");

        var seated = await ana.SubmitAsync(
            await ana.GetAsync($"/events/{eventId}"),
            "form[action*=Register]",
            new Dictionary<string, string>()
        );
        var registration = seated.QuerySelector("section[aria-labelledby=registration]")!;
        Assert.StartsWith("You are registered", registration.QuerySelector("[role=status]")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Null(registration.QuerySelector("form"));
        var code = await Portal.WithDbAsync(db =>
            db.Set<Registration>().Where(r => r.Registrant.Email == "ana@example.org").Select(r => r.CancellationCode).SingleAsync()
        );
        Assert.Equal("Cancel my registration", registration.QuerySelector($"a[href='/events/cancel/{code}']")!.TextContent.Trim());

        var waiting = await ben.SubmitAsync(
            await ben.GetAsync($"/events/{eventId}"),
            "form[action*=Register]",
            new Dictionary<string, string>()
        );
        Assert.StartsWith(
            "You are on the waiting list",
            waiting.QuerySelector("section[aria-labelledby=registration] [role=status]")!.TextContent.Trim(),
            StringComparison.Ordinal
        );
        Assert.Null(waiting.QuerySelector("section[aria-labelledby=registration] form"));

        // A visitor who confirms their emailed link sees their state where the form was.
        using var lucia = Portal.CreateClient();
        var page = await lucia.GetAsync($"/events/{eventId}");
        await lucia.SubmitAsync(
            page,
            "form[action*=Request]",
            new Dictionary<string, string> { ["Visitor.Name"] = "Lucía Pérez", ["Visitor.Email"] = "lucia@example.org" }
        );
        var request = await Portal.Smtp.WaitForAsync("lucia@example.org");
        var link = EmailedLinks.RegistrationConfirmation().Match(request.TextBody!).Value;
        var confirmed = await lucia.SubmitAsync(
            await lucia.GetAsync(new Uri(link).PathAndQuery),
            "main form",
            new Dictionary<string, string>()
        );
        var state = confirmed.QuerySelector("section[aria-labelledby=registration]")!;
        Assert.Equal($"/events/{eventId}", lucia.AddressOf(confirmed).AbsolutePath);
        Assert.StartsWith(
            "You are on the waiting list",
            state.QuerySelector("[role=status]")!.TextContent.Trim(),
            StringComparison.Ordinal
        );
        Assert.Null(state.QuerySelector("form"));
    }

    [Fact]
    public async Task An_event_gives_its_date_and_start_to_end_time_in_its_zone_with_the_offset_and_the_list_says_the_same()
    {
        // 15:00–16:00 UTC is 10:00–11:00 in Bogotá, five hours behind.
        var starts = new DateTimeOffset(2030, 3, 5, 15, 0, 0, TimeSpan.Zero);
        var eventId = await TestEvents.AddWebinarAsync(Portal, starts, capacity: 10);
        using var visitor = Portal.CreateClient();

        var page = await visitor.GetAsync($"/events/{eventId}");
        var times = page.QuerySelectorAll("main time").Select(t => t.GetAttribute("datetime")).ToList();
        Assert.Equal(["2030-03-05T15:00:00Z", "2030-03-05T16:00:00Z"], times);
        var when = Words(page.QuerySelector("main time")!.ParentElement!.TextContent);
        Assert.Contains("Tuesday, March 5, 2030, 10:00 AM–11:00 AM · time zone: Bogotá (UTC\u221205:00)", when, StringComparison.Ordinal);
        Assert.DoesNotContain("PM", when, StringComparison.Ordinal);

        var list = await visitor.GetAsync("/events");
        var item = list.QuerySelectorAll("main ul.card-list > li")
            .Single(li => li.QuerySelector($"a[href='/events/{eventId}']") is not null);
        Assert.Contains("Tuesday, March 5, 2030, 10:00 AM–11:00 AM · time zone: Bogotá", Words(item.TextContent), StringComparison.Ordinal);

        var french = await visitor.GetAsync($"/events/{eventId}", "fr");
        Assert.Contains(
            "mardi 5 mars 2030, 10:00–11:00 · fuseau horaire\u00a0: Bogotá (UTC\u221205:00)",
            french.QuerySelector("main time")!.ParentElement!.TextContent,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task The_emails_the_feed_and_the_share_card_give_the_start_to_end_time_in_the_events_zone_as_the_page_does()
    {
        // 15:00–16:00 UTC is 10:00–11:00 in Bogotá; the emails used to give the start alone and the zone's raw id.
        var starts = new DateTimeOffset(2030, 3, 5, 15, 0, 0, TimeSpan.Zero);
        var eventId = await TestEvents.AddWebinarAsync(Portal, starts, capacity: 10);
        const string English = "Tuesday, March 5, 2030, 10:00 AM–11:00 AM · time zone: Bogotá (UTC\u221205:00)";
        const string French = "Quand : mardi 5 mars 2030, 10:00–11:00 · fuseau horaire : Bogotá (UTC\u221205:00)";
        using var claire = Portal.CreateClient();
        await ClaireAsksForASeatAsync(claire, eventId);
        var request = await Portal.Smtp.WaitForAsync("claire@example.org");
        Assert.Contains(French, Words(request.TextBody!), StringComparison.Ordinal);
        var link = EmailedLinks.RegistrationConfirmation().Match(request.TextBody!).Value;
        await claire.SubmitAsync(await claire.GetAsync(new Uri(link).PathAndQuery, "fr"), "main form", new Dictionary<string, string>());
        var confirmation = await Portal.Smtp.WaitForAsync("claire@example.org", m =>
            m.Subject!.StartsWith("Votre place est confirmée", StringComparison.Ordinal)
        );
        Assert.Contains(
            "Votre place pour « Webinaire des Amériques » est confirmée.",
            Words(confirmation.TextBody!),
            StringComparison.Ordinal
        );
        Assert.Contains(French, Words(confirmation.TextBody!), StringComparison.Ordinal);
        Assert.DoesNotContain("America/Bogota", confirmation.TextBody, StringComparison.Ordinal);

        using var visitor = Portal.CreateClient();
        using var response = await visitor.Http.GetAsync("/events/feed.atom");
        var feed = System.Xml.Linq.XDocument.Parse(await response.Content.ReadAsStringAsync());
        System.Xml.Linq.XNamespace atom = "http://www.w3.org/2005/Atom";
        var entry = feed.Root!.Elements(atom + "entry")
            .Single(e => e.Element(atom + "link")!.Attribute("href")!.Value.EndsWith($"/events/{eventId}", StringComparison.Ordinal));
        Assert.Contains(English, Words(entry.Element(atom + "content")!.Value), StringComparison.Ordinal);

        var page = await visitor.GetAsync($"/events/{eventId}");
        var card = page.Head!.QuerySelector("meta[property='og:description']")!.GetAttribute("content")!;
        Assert.Contains(English, Words(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_events_zone_is_named_by_its_city_in_the_readers_language()
    {
        // 15:00 UTC on 5 March 2030 is 16:00 in Brussels (winter time, UTC+01:00).
        var starts = new DateTimeOffset(2030, 3, 5, 15, 0, 0, TimeSpan.Zero);
        var eventId = await Portal.WithDbAsync(async db =>
        {
            var planned = Event.Plan(null, TestEvents.Details(starts, 10, zone: "Europe/Brussels"), starts.AddDays(-30));
            db.Events.Add(planned);
            await db.SaveChangesAsync();
            return planned.Id;
        });
        using var visitor = Portal.CreateClient();

        foreach (
            var (language, zone) in new[]
            {
                ("en", "time zone: Brussels (UTC+01:00)"),
                ("fr", "fuseau horaire\u00a0: Bruxelles (UTC+01:00)"),
                ("es", "zona horaria: Bruselas (UTC+01:00)"),
            }
        )
        {
            var page = await visitor.GetAsync($"/events/{eventId}", language);
            Assert.Equal(zone, page.QuerySelector("main .event-zone")!.TextContent);
        }
    }

    [Fact]
    public async Task An_event_in_utc_says_so_once_and_one_over_two_days_gives_both_dates()
    {
        var starts = new DateTimeOffset(2030, 3, 5, 22, 0, 0, TimeSpan.Zero);
        var inUtc = await Portal.WithDbAsync(async db =>
        {
            var details = TestEvents.Details(starts, 10, zone: "UTC");
            var planned = Event.Plan(
                null,
                details with
                {
                    Schedule = details.Schedule with { EndsAt = starts.AddHours(27) },
                },
                starts.AddDays(-30)
            );
            db.Events.Add(planned);
            await db.SaveChangesAsync();
            return planned.Id;
        });
        using var visitor = Portal.CreateClient();

        var page = await visitor.GetAsync($"/events/{inUtc}");

        var when = Words(page.QuerySelector("main time")!.ParentElement!.TextContent);
        Assert.Contains(
            "Tuesday, March 5, 2030 10:00 PM – Thursday, March 7, 2030 1:00 AM · time zone: UTC",
            when,
            StringComparison.Ordinal
        );
        Assert.DoesNotContain("UTC+", when, StringComparison.Ordinal);
        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(when, "UTC"));
    }

    [Fact]
    public async Task After_asking_for_a_seat_a_visitor_sees_only_what_to_do_next_and_not_the_empty_form_again()
    {
        var eventId = await TestEvents.AddWebinarAsync(Portal, DateTimeOffset.UtcNow.AddDays(10), capacity: 10);
        using var visitor = Portal.CreateClient();

        var asked = await visitor.SubmitAsync(
            await visitor.GetAsync($"/events/{eventId}"),
            "form[action*=Request]",
            new Dictionary<string, string> { ["Visitor.Name"] = "Lucía Pérez", ["Visitor.Email"] = "lucia@example.org" }
        );

        Assert.StartsWith("Almost done", asked.Title, StringComparison.Ordinal);
        var registration = asked.QuerySelector("section[aria-labelledby=registration]")!;
        Assert.Equal("Almost done: check your email", registration.QuerySelector("h2#registration")!.TextContent.Trim());
        Assert.Contains("within 48 hours", registration.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(asked.QuerySelector("main form"));
        Assert.Empty(asked.QuerySelectorAll("main input[name^='Visitor.']"));
        Assert.Single(asked.QuerySelectorAll("main [role=status]"));

        // Asking again (a mistyped address) brings the form back.
        var again = await visitor.GetAsync(registration.QuerySelector("[role=status] a")!.GetAttribute("href")!);
        Assert.NotNull(again.QuerySelector("main form[action*=Request] input[name='Visitor.Email']"));
        Assert.Equal("Registration", again.QuerySelector("h2#registration")!.TextContent.Trim());

        using var claire = Portal.CreateClient();
        var french = await ClaireAsksForASeatAsync(claire, eventId);
        Assert.Equal("Presque fini\u00a0: consultez vos courriels", french.QuerySelector("h2#registration")!.TextContent.Trim());
        Assert.Null(french.QuerySelector("main form"));
    }

    [Fact]
    public async Task An_emails_html_says_the_language_it_is_written_in_the_readers()
    {
        var eventId = await TestEvents.AddWebinarAsync(Portal, DateTimeOffset.UtcNow.AddDays(12), capacity: 10);
        using var claire = Portal.CreateClient();
        await ClaireAsksForASeatAsync(claire, eventId);

        var request = await Portal.Smtp.WaitForAsync("claire@example.org");
        Assert.StartsWith("Confirmez", request.Subject, StringComparison.Ordinal);
        Assert.StartsWith("<!DOCTYPE html><html lang=\"fr\">", request.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_seat_asked_for_an_address_whose_domain_has_no_dot_is_refused_and_the_form_keeps_what_was_typed()
    {
        var eventId = await TestEvents.AddWebinarAsync(Portal, DateTimeOffset.UtcNow.AddDays(10), capacity: 10);
        using var visitor = Portal.CreateClient();

        var refused = await visitor.SubmitAsync(
            await visitor.GetAsync($"/events/{eventId}"),
            "form[action*=Request]",
            new Dictionary<string, string> { ["Visitor.Name"] = "María", ["Visitor.Email"] = "maria@gmail" }
        );

        Assert.Contains(
            "Check the part after the @: it needs a full domain with a dot",
            refused.QuerySelector("main")!.TextContent,
            StringComparison.Ordinal
        );
        Assert.Equal("maria@gmail", refused.QuerySelector("main form[action*=Request] input[name='Visitor.Email']")!.GetAttribute("value"));
        Assert.Equal("María", refused.QuerySelector("main form[action*=Request] input[name='Visitor.Name']")!.GetAttribute("value"));
        Assert.DoesNotContain("check your email", refused.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.False(await Portal.WithDbAsync(db => db.Set<Registration>().AnyAsync()));
    }

    [Fact]
    public async Task A_speakers_organisation_that_only_repeats_the_sector_is_said_once()
    {
        // The test webinar's speaker: civil society, of "Civil society".
        var eventId = await TestEvents.AddWebinarAsync(Portal, DateTimeOffset.UtcNow.AddDays(10), capacity: 10);
        using var visitor = Portal.CreateClient();

        var page = await visitor.GetAsync($"/events/{eventId}");

        Assert.Equal("Lucía (example) — civil society", Words(page.QuerySelector("section[aria-labelledby=speakers] li")!.TextContent));
    }

    [Fact]
    public async Task Where_the_upcoming_events_end_a_plain_link_outside_the_folded_filters_leads_to_the_past_ones()
    {
        await TestEvents.AddWebinarAsync(Portal, DateTimeOffset.UtcNow.AddDays(10), capacity: 10);
        using var visitor = Portal.CreateClient();

        var upcoming = await visitor.GetAsync("/events");
        var link = upcoming.QuerySelector("main a#past-events")!;
        Assert.Equal("Past events (with recordings)", link.TextContent);
        Assert.Equal("/events?Past=true", link.GetAttribute("href"));
        Assert.Null(link.Closest("details"));
        var inAmericas = await visitor.GetAsync("/events?Region=Americas");
        Assert.Equal("/events?Region=Americas&Past=true", inAmericas.QuerySelector("main a#past-events")!.GetAttribute("href"));

        var past = await visitor.GetAsync("/events?Past=true");
        Assert.Null(past.QuerySelector("main a#past-events"));
    }

    /// <summary>Claire, whose browser says French, asks for a seat at the event by name and email: the page she lands on.</summary>
    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> ClaireAsksForASeatAsync(PortalClient claire, int eventId)
    {
        claire.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");
        return await claire.SubmitAsync(
            await claire.GetAsync($"/events/{eventId}", "fr"),
            "form[action*=Request]",
            new Dictionary<string, string> { ["Visitor.Name"] = "Claire", ["Visitor.Email"] = "claire@example.org" }
        );
    }

    /// <summary>Text as a person reads it: runs of spaces (and the narrow no-break space before AM/PM) as one space.</summary>
    private static string Words(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"[\s\u202f]+", " ").Trim();

    private async Task<string> TokenForAsync(int eventId, string name, string email)
    {
        await Portal.SendAsync(TestEvents.Registration(eventId, name, email));
        // From the delivered email: the outbox keeps no live link once it is sent.
        var body = (await Portal.Smtp.WaitForAsync(email)).TextBody!;
        return EmailedLinks.TokenIn(EmailedLinks.RegistrationConfirmation(), body);
    }
}
