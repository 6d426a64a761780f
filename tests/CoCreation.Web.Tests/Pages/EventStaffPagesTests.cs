using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using CoCreation.Domain.Events;
using CoCreation.Web.Infrastructure.Identity;

namespace CoCreation.Web.Tests.Pages;

/// <summary>The support unit plans an event, edits it, and looks after its registrants, through the pages.</summary>
public sealed class EventStaffPagesTests(WebFixture portal) : PortalTest(portal)
{
    [Fact]
    public async Task The_event_form_says_capacity_offers_a_short_list_of_zones_by_city_and_shows_the_date_format_in_each_language()
    {
        await Portal.CreateUserAsync("su@example.org", roles: Roles.SupportUnit);
        using var staff = await Portal.SignedInClientAsync("su@example.org");

        foreach (
            var (language, capacity, example) in new[]
            {
                ("en", "Capacity", "For example, 27 March 2017, 14:00"),
                ("fr", "Capacité", "Par exemple, 27 mars 2017, 14:00"),
                ("es", "Capacidad", "Por ejemplo, 27 de marzo de 2017, 14:00"),
            }
        )
        {
            var form = await staff.GetAsync("/events/create", language);
            Assert.Equal(capacity, form.QuerySelector("label[for=Data_Capacity]")!.TextContent.Trim());
            Assert.Equal(example, form.QuerySelector("#Data_Starts-hint")!.TextContent.Trim());
            Assert.Contains(example, form.QuerySelector("#Data_RegistrationOpens-hint")!.TextContent, StringComparison.Ordinal);
            var zone = form.QuerySelector<IHtmlSelectElement>("#Data_TimeZone")!;
            Assert.Equal("UTC", zone.Value);
            var suggested = zone.QuerySelector("optgroup")!.QuerySelectorAll("option").Select(o => o.TextContent).ToList();
            Assert.Contains(suggested, t => t.StartsWith("Nairobi (UTC+03:00)", StringComparison.Ordinal));
            Assert.NotNull(zone.QuerySelector("optgroup + optgroup option[value='America/Argentina/Buenos_Aires']"));
        }
    }

    [Fact]
    public async Task The_support_unit_plans_an_event_with_the_form_after_clear_messages_for_what_was_wrong()
    {
        await Portal.CreateUserAsync("su@example.org", roles: Roles.SupportUnit);
        using var staff = await Portal.SignedInClientAsync("su@example.org");
        var form = await staff.GetAsync("/events/create");
        var values = new Dictionary<string, string>
        {
            ["Data.Kind"] = "Webinar",
            ["Data.Language"] = "es",
            ["Data.Title.En"] = "Co-creation clinic",
            ["Data.Title.Es"] = "Clínica de cocreación",
            ["Data.TimeZone"] = "Mars/Olympus_Mons",
            ["Data.Starts"] = "2030-03-28T12:00",
            ["Data.Ends"] = "2030-03-28T11:00",
            ["Data.Capacity"] = "0",
            ["Data.OnlineLink"] = "javascript:alert(1)",
            ["Data.Speakers[0].Name"] = "Lucía (example)",
            ["Data.Speakers[0].Sector"] = "CivilSociety",
            ["Data.Speakers[0].Affiliation"] = "",
        };

        var refused = await staff.SubmitAsync(form, "main form", values);

        foreach (var field in new[] { "TimeZone", "Ends", "Capacity", "OnlineLink", "Speakers_0__Affiliation" })
        {
            Assert.False(string.IsNullOrWhiteSpace(refused.QuerySelector($"#Data_{field}-error")?.TextContent), field);
        }

        Assert.Equal("Clínica de cocreación", refused.QuerySelector<IHtmlInputElement>("#Data_Title_Es")!.Value);
        Assert.Equal(0, await Portal.WithDbAsync(db => db.Events.CountAsync()));

        values["Data.TimeZone"] = "America/Bogota";
        values["Data.Ends"] = "2030-03-28T13:30";
        values["Data.Capacity"] = "2";
        values["Data.OnlineLink"] = "https://meet.example/clinic";
        values["Data.Speakers[0].Affiliation"] = "Civil society";
        var created = await staff.SubmitAsync(refused, "main form", values);

        Assert.Matches("^/events/[0-9]+$", staff.AddressOf(created).AbsolutePath);
        Assert.Contains("Lucía (example)", created.QuerySelector("#speakers")!.ParentElement!.TextContent, StringComparison.Ordinal);
        var saved = await Portal.WithDbAsync(db => db.Events.SingleAsync());
        Assert.Equal(new DateTimeOffset(2030, 3, 28, 17, 0, 0, TimeSpan.Zero), saved.Schedule.StartsAt);
        Assert.Equal(("America/Bogota", (int?)2, 1), (saved.Schedule.TimeZone, saved.Capacity, saved.Speakers.Count));
        Assert.Equal("event.created", await Portal.WithDbAsync(db => db.AuditEntries.Select(a => a.Action).SingleAsync()));
    }

    [Fact]
    public async Task Each_language_of_a_description_has_its_length_and_a_translation_needs_the_English_text()
    {
        await Portal.CreateUserAsync("su@example.org", roles: Roles.SupportUnit);
        using var staff = await Portal.SignedInClientAsync("su@example.org");
        var form = await staff.GetAsync("/events/create");
        var values = new Dictionary<string, string>
        {
            ["Data.Kind"] = "Webinar",
            ["Data.Language"] = "en",
            ["Data.Title.En"] = "Co-creation clinic",
            ["Data.Description.En"] = new string('x', Event.DescriptionMax + 1),
            ["Data.Agenda.Fr"] = "Accueil, puis ateliers.",
            ["Data.TimeZone"] = "UTC",
            ["Data.Starts"] = "2030-03-28T12:00",
            ["Data.Ends"] = "2030-03-28T13:00",
        };

        var refused = await staff.SubmitAsync(form, "main form", values);

        // The English text alone was not measured before (the rule's condition covered its length too).
        Assert.Equal("Use at most 5000 characters.", refused.QuerySelector("#Data_Description_En-error")?.TextContent);
        Assert.Equal(
            "Write the English text first: it is shown when a translation is missing.",
            refused.QuerySelector("#Data_Agenda_En-error")?.TextContent
        );
        Assert.Equal("Accueil, puis ateliers.", refused.QuerySelector<IHtmlTextAreaElement>("#Data_Agenda_Fr")!.Value);
        Assert.Equal("fr", refused.QuerySelector("#Data_Agenda_Fr")!.GetAttribute("lang"));

        // The summary names each of the three fields by its legend and language, and links to it.
        var summary = refused.QuerySelectorAll("#form-errors a").Select(a => (a.GetAttribute("href"), a.TextContent)).ToList();
        Assert.Contains(
            ("#Data_Agenda_En", "Agenda (English): Write the English text first: it is shown when a translation is missing."),
            summary
        );
        Assert.Contains(summary, l =>
            l.Item1 == "#Data_Description_En" && l.Item2.StartsWith("About this event (English): ", StringComparison.Ordinal)
        );
        Assert.Equal(0, await Portal.WithDbAsync(db => db.Events.CountAsync()));
    }

    [Fact]
    public async Task More_seats_promote_the_waiting_list_and_the_registrant_list_counts_exports_and_writes_to_everyone()
    {
        var starts = DateTimeOffset.UtcNow.AddDays(5);
        var eventId = await Portal.WithDbAsync(async db =>
        {
            var webinar = TestEvents.Webinar(starts, capacity: 2);
            foreach (var n in Enumerable.Range(1, 3))
            {
                webinar.Register(new Registrant(null, $"Person, {n}", $"p{n}@example.org"), DateTimeOffset.UtcNow.AddMinutes(n - 10));
            }

            db.Events.Add(webinar);
            await db.SaveChangesAsync();
            return webinar.Id;
        });
        await Portal.CreateUserAsync("su@example.org", roles: Roles.SupportUnit);
        using var staff = await Portal.SignedInClientAsync("su@example.org");

        var edit = await staff.GetAsync($"/events/{eventId}/edit");
        var local = Web.Infrastructure.Web.EventTime.InZone(starts, "America/Bogota");
        Assert.Equal(
            local.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture),
            edit.QuerySelector<IHtmlInputElement>("#Data_Starts")!.Value
        );
        var tooFew = await staff.SubmitAsync(edit, "main form", new Dictionary<string, string> { ["Data.Capacity"] = "1" });
        Assert.Contains(
            "2",
            tooFew.QuerySelector(".validation-summary, [role=alert]")?.TextContent ?? tooFew.QuerySelector("main")!.TextContent,
            StringComparison.Ordinal
        );
        Assert.Equal(2, await Portal.WithDbAsync(db => db.Events.Where(e => e.Id == eventId).Select(e => e.Capacity).SingleAsync()));
        await staff.SubmitAsync(tooFew, "main form", new Dictionary<string, string> { ["Data.Capacity"] = "3" });

        var list = await staff.GetAsync($"/events/{eventId}/registrants");
        Assert.Equal("3", list.QuerySelector("#count-confirmed")!.TextContent.Trim());
        Assert.Equal("0", list.QuerySelector("#count-waiting")!.TextContent.Trim());
        Assert.Equal(1, await Portal.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.To == "p3@example.org")));

        var csv = await staff.Http.GetStringAsync($"/events/{eventId}/registrants.csv");
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("1,\"Person, 1\",p1@example.org,no,Confirmed,", lines[1], StringComparison.Ordinal);

        var sent = await staff.SubmitAsync(
            list,
            "form[action*=Message]",
            new Dictionary<string, string>
            {
                ["Message.Subject"] = "Bring your questions",
                ["Message.Message"] = "See you soon.\n\nThe support unit",
            }
        );
        Assert.Contains("3", sent.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(3, await Portal.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.Subject == "Bring your questions")));
        Assert.Null(sent.QuerySelector("input[name=present]"));
    }

    [Fact]
    public async Task After_the_event_the_support_unit_records_who_came_the_recording_and_a_summary()
    {
        var starts = DateTimeOffset.UtcNow.AddDays(5);
        var eventId = await Portal.WithDbAsync(async db =>
        {
            var webinar = TestEvents.Webinar(starts, capacity: 1);
            webinar.Register(new Registrant(null, "Ana", "ana@example.org"), DateTimeOffset.UtcNow);
            webinar.Register(new Registrant(null, "Ben", "ben@example.org"), DateTimeOffset.UtcNow);
            db.Events.Add(webinar);
            await db.SaveChangesAsync();
            return webinar.Id;
        });
        await Portal.WithDbAsync(async db =>
        {
            var webinar = await db.Events.Include(e => e.Registrations).SingleAsync(e => e.Id == eventId);
            webinar.Revise(TestEvents.Details(DateTimeOffset.UtcNow.AddHours(-2), 1), DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
        });
        await Portal.CreateUserAsync("su@example.org", roles: Roles.SupportUnit);
        using var staff = await Portal.SignedInClientAsync("su@example.org");

        var list = await staff.GetAsync($"/events/{eventId}/registrants");
        var boxes = list.QuerySelectorAll<IHtmlInputElement>("input[name=present]").ToList();
        Assert.Single(boxes);
        var saved = await staff.SubmitAsync(
            list,
            "form[action*=Attendance]",
            new Dictionary<string, string> { ["present"] = boxes[0].Value }
        );
        Assert.Equal("1", saved.QuerySelector("#count-attended")!.TextContent.Trim());

        var page = await staff.SendFormAsync(
            $"/events/{eventId}/edit",
            new Dictionary<string, string>
            {
                ["Data.RecordingLink"] = "https://video.example/clinic",
                ["Data.Summary.En"] = "Twelve countries came.",
                ["Data.Summary.Es"] = "Vinieron doce países.",
            }
        );

        Assert.NotNull(page.QuerySelector("a[href='https://video.example/clinic']"));
        Assert.Contains("Twelve countries came.", page.QuerySelector("#afterwards")!.ParentElement!.TextContent, StringComparison.Ordinal);
    }
}
