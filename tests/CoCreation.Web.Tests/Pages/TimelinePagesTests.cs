using CoCreation.Web.Features.Timelines;
using CoCreation.Web.Tests.Features.Timelines;

namespace CoCreation.Web.Tests.Pages;

public sealed class TimelinePagesTests(WebFixture portal) : PortalTest(portal)
{
    /// <summary>Sets the cycle 2017-2019 with the timeline editor's form, as Argentina's official; returns the editor.</summary>
    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> SetTheCycleAsync(PortalClient official) =>
        await official.SubmitAsync(
            await official.GetAsync("/members/ar/timeline/edit"),
            "form[action*='handler=Cycle']",
            new Dictionary<string, string> { ["CycleForm.Cycle"] = "2017-2019" }
        );

    [Fact]
    public async Task The_official_builds_and_publishes_through_plain_forms_and_a_visitor_reads_it_in_french()
    {
        await Scenario.CreateAsync(Portal);
        using var official = await Portal.SignedInClientAsync("official.ar@example.org");
        var editor = await official.GetAsync("/members/ar/timeline/edit");
        Assert.Equal(HttpStatusCode.OK, official.Status);

        editor = await official.SubmitAsync(
            editor,
            "form[action*='handler=Cycle']",
            new Dictionary<string, string> { ["CycleForm.Cycle"] = "2017" }
        );
        Assert.NotNull(editor.QuerySelector("#CycleForm_Cycle[aria-invalid=true]"));
        Assert.Equal("2017", ((AngleSharp.Html.Dom.IHtmlInputElement)editor.QuerySelector("#CycleForm_Cycle")!).Value);
        editor = await official.SubmitAsync(
            editor,
            "form[action*='handler=Cycle']",
            new Dictionary<string, string> { ["CycleForm.Cycle"] = "2017-2019" }
        );
        Assert.NotNull(editor.QuerySelector("[role=status]"));
        editor = await official.SubmitAsync(
            editor,
            "form[action*='handler=Phase']",
            new Dictionary<string, string> { ["PhaseForm.Name.En"] = "Consultation", ["PhaseForm.Name.Fr"] = "Consultation publique" }
        );
        Assert.Contains("Consultation", editor.QuerySelector("#phases-heading + ol")!.TextContent, StringComparison.Ordinal);

        var form = await official.GetAsync("/members/ar/timeline/activity");
        var options = form.QuerySelectorAll("#Data_PhaseId option");
        var phase = options[options.Length - 1].GetAttribute("value")!;
        var starts = TimelineSteps.Ahead.ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        var values = new Dictionary<string, string>
        {
            ["Data.Kind"] = "Workshop",
            ["Data.PhaseId"] = phase,
            ["Data.Title.En"] = "Launch workshop",
            ["Data.Title.Fr"] = "Atelier de lancement",
            ["Data.TimeZone"] = "America/Argentina/Buenos_Aires",
            ["Data.StartsLocal"] = starts,
            ["Data.EndsLocal"] = TimelineSteps
                .Ahead.AddHours(-2)
                .ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture),
            ["Data.Place"] = "Casa Rosada",
            ["Data.Languages"] = "es",
        };
        var refused = await official.SubmitAsync(form, "main form", values);
        Assert.Equal(HttpStatusCode.OK, official.Status);
        Assert.NotNull(refused.QuerySelector("#Data_EndsLocal[aria-invalid=true]"));
        Assert.Equal("Atelier de lancement", ((AngleSharp.Html.Dom.IHtmlInputElement)refused.QuerySelector("#Data_Title_Fr")!).Value);
        values["Data.EndsLocal"] = TimelineSteps
            .Ahead.AddHours(3)
            .ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        editor = await official.SubmitAsync(refused, "main form", values);
        Assert.Contains(
            "Launch workshop",
            editor.QuerySelector("#activities-heading + p + div table")!.TextContent,
            StringComparison.Ordinal
        );
        editor = await official.SubmitAsync(editor, "form[action*='handler=Publish']", new Dictionary<string, string>());
        Assert.Null(editor.QuerySelector("form[action*='handler=Publish']"));

        // A rename after publication: refused when too long (what was typed stays), then kept as a revision.
        var tooLong = new string('x', Domain.Timelines.TimelinePhase.NameMax + 1);
        var renamed = await official.SubmitAsync(
            editor,
            "form[action*='handler=Rename']",
            new Dictionary<string, string> { ["RenameForm.Name.En"] = "", ["RenameForm.Name.Fr"] = tooLong }
        );
        Assert.NotNull(renamed.QuerySelector("details[open] input[aria-invalid=true]"));
        Assert.Equal(tooLong, renamed.QuerySelector("details[open] input[name='RenameForm.Name.Fr']")!.GetAttribute("value"));
        renamed = await official.SubmitAsync(
            renamed,
            "form[action*='handler=Rename']",
            new Dictionary<string, string>
            {
                ["RenameForm.Name.En"] = "Public consultation",
                ["RenameForm.Name.Fr"] = "Consultation publique",
            }
        );
        Assert.Contains("Public consultation", renamed.QuerySelector("#phases-heading + ol")!.TextContent, StringComparison.Ordinal);

        using var visitor = Portal.CreateClient();
        var page = await visitor.GetAsync("/members/ar/timeline", "fr");
        Assert.Contains(
            "Phase «\u00a0Public consultation\u00a0» modifiée",
            page.QuerySelector("#changes + ul")!.TextContent,
            StringComparison.Ordinal
        );
        Assert.Contains("Calendrier de co-création", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Consultation publique", page.QuerySelector("main section.mb-4 h2")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Atelier de lancement", page.QuerySelector("article h3")!.FirstChild!.TextContent.Trim());
        // The activity's time as an event's: start to end in its zone, the zone by its city and offset, not its raw id.
        var when = page.QuerySelector("article time")!.ParentElement!.TextContent;
        Assert.Contains("fuseau horaire\u00a0: Buenos Aires (UTC\u221203:00)", when, StringComparison.Ordinal);
        Assert.DoesNotContain("America/", when, StringComparison.Ordinal);
        Assert.Contains("Oui", page.QuerySelector("#two-weeks-result")!.TextContent, StringComparison.Ordinal);

        var month = TimelineSteps.Ahead.AddHours(3).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        var calendar = await visitor.GetAsync($"/members/ar/timeline?month={month}");
        Assert.Contains("Launch workshop", calendar.QuerySelector("table.month-calendar tbody")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(7, calendar.QuerySelectorAll("table.month-calendar thead th").Length);
        Assert.NotNull(calendar.QuerySelector("nav a[href*='month=']"));
        await visitor.GetAsync("/members/ar/timeline?month=<script>");
        Assert.Equal(HttpStatusCode.OK, visitor.Status);

        var member = await visitor.GetAsync("/members/ar");
        Assert.NotNull(member.QuerySelector("a[href='/members/ar/timeline']"));
        var campaign = await visitor.GetAsync("/campaigns/global-cocreation-week-2017");
        Assert.NotNull(campaign.QuerySelector("#timelines ~ div a[href='/members/ar/timeline']"));
        Assert.NotNull(campaign.QuerySelector("#timelines ~ div a[href='/members/co']"));
    }

    [Fact]
    public async Task The_activity_form_offers_the_members_zones_first_by_city_and_offset_and_shows_the_date_format()
    {
        await Scenario.CreateAsync(Portal);
        using var official = await Portal.SignedInClientAsync("official.ar@example.org");
        await SetTheCycleAsync(official);

        var form = await official.GetAsync("/members/ar/timeline/activity");

        var groups = form.QuerySelectorAll("#Data_TimeZone optgroup");
        Assert.Equal(["Suggested time zones", "All time zones"], groups.Select(g => g.GetAttribute("label")));
        var suggested = groups[0].QuerySelectorAll("option").Select(o => (o.GetAttribute("value"), o.TextContent)).ToList();
        Assert.Contains(("America/Argentina/Buenos_Aires", "Buenos Aires (UTC\u221203:00)"), suggested);
        Assert.Contains(groups[1].QuerySelectorAll("option"), o => o.GetAttribute("value") == "Asia/Tokyo");
        Assert.Single(form.QuerySelectorAll("#Data_TimeZone option[selected]"));
        var starts = form.QuerySelector("#Data_StartsLocal")!;
        Assert.Equal("datetime-local", starts.GetAttribute("type"));
        Assert.Equal(
            "For example, 27 March 2017, 14:00",
            form.GetElementById(starts.GetAttribute("aria-describedby")!.Split(' ')[0])!.TextContent.Trim()
        );

        Assert.Equal("Venue", form.QuerySelector("label[for=Data_Place]")!.TextContent.Trim());
        Assert.Equal("Capacity", form.QuerySelector("label[for=Data_Capacity]")!.TextContent.Trim());

        var french = await official.GetAsync("/members/ar/timeline/activity", "fr");
        Assert.Equal("Par exemple, 27 mars 2017, 14:00", french.QuerySelector("#Data_EndsLocal-hint")!.TextContent.Trim());
    }

    [Fact]
    public async Task An_activity_outside_the_cycle_is_saved_with_a_visible_warning_and_one_inside_gets_none()
    {
        await Scenario.CreateAsync(Portal);
        using var official = await Portal.SignedInClientAsync("official.ar@example.org");
        await SetTheCycleAsync(official);
        var values = new Dictionary<string, string>
        {
            ["Data.Kind"] = "Workshop",
            ["Data.Title.En"] = "Launch workshop",
            ["Data.TimeZone"] = "America/Argentina/Buenos_Aires",
            ["Data.StartsLocal"] = "2017-03-27T14:00",
            ["Data.EndsLocal"] = "2017-03-27T17:00",
            ["Data.Place"] = "Casa Rosada",
            ["Data.Languages"] = "es",
        };

        var inside = await official.SubmitAsync(await official.GetAsync("/members/ar/timeline/activity"), "main form", values);
        Assert.DoesNotContain("outside the 2017-2019 cycle", inside.Body!.TextContent, StringComparison.Ordinal);

        values["Data.Title.En"] = "Closing forum";
        values["Data.StartsLocal"] = "2020-01-15T10:00";
        values["Data.EndsLocal"] = "2020-01-15T12:00";
        var outside = await official.SubmitAsync(await official.GetAsync("/members/ar/timeline/activity"), "main form", values);

        Assert.Equal(2, await Portal.WithDbAsync(db => db.Timelines.SelectMany(t => t.Activities).CountAsync()));
        var warning = outside.QuerySelector("#outside-cycle")!;
        Assert.Contains("1 January 2017 to 31 December 2019", warning.TextContent, StringComparison.Ordinal);
        Assert.Contains("Closing forum", warning.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Launch workshop", warning.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_member_working_in_spanish_writes_phases_and_activities_only_in_spanish_and_every_reader_sees_the_spanish()
    {
        await Scenario.CreateAsync(Portal);
        using var official = await Portal.SignedInClientAsync("official.ar@example.org");
        var editor = await SetTheCycleAsync(official);
        Assert.Contains(
            "One language is enough",
            editor.QuerySelector("form[action*='handler=Phase']")!.TextContent,
            StringComparison.Ordinal
        );
        editor = await official.SubmitAsync(
            editor,
            "form[action*='handler=Phase']",
            new Dictionary<string, string> { ["PhaseForm.Name.Es"] = "Consulta" }
        );
        Assert.Contains("Consulta", editor.QuerySelector("#phases-heading + ol")!.TextContent, StringComparison.Ordinal);

        var form = await official.GetAsync("/members/ar/timeline/activity");
        var values = new Dictionary<string, string>
        {
            ["Data.Kind"] = "Workshop",
            ["Data.TimeZone"] = "America/Argentina/Buenos_Aires",
            ["Data.StartsLocal"] = "2017-03-27T14:00",
            ["Data.EndsLocal"] = "2017-03-27T17:00",
            ["Data.Place"] = "Casa Rosada",
            ["Data.Languages"] = "es",
        };
        var refused = await official.SubmitAsync(form, "main form", values);
        Assert.Equal("Enter the text in at least one language.", refused.QuerySelector("#Data_Title_En-error")!.TextContent.Trim());

        values["Data.Title.Es"] = "Taller de lanzamiento";
        values["Data.Description.Es"] = "Presentación del proceso.";
        editor = await official.SubmitAsync(refused, "main form", values);
        Assert.Contains(
            "Taller de lanzamiento",
            editor.QuerySelector("#activities-heading + p + div table")!.TextContent,
            StringComparison.Ordinal
        );
        editor = await official.SubmitAsync(editor, "form[action*='handler=Publish']", new Dictionary<string, string>());

        using var visitor = Portal.CreateClient();
        foreach (var language in new[] { "en", "fr" })
        {
            var page = await visitor.GetAsync("/members/ar/timeline", language);
            Assert.Contains("Taller de lanzamiento", page.QuerySelector("article h3")!.TextContent, StringComparison.Ordinal);
            Assert.Contains("Presentación del proceso.", page.QuerySelector("article")!.TextContent, StringComparison.Ordinal);
            Assert.Contains("Consulta", page.QuerySelector("main section.mb-4 h2")!.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_official_of_another_member_and_a_participant_get_403_on_every_timeline_and_plan_editor_and_nothing_changes()
    {
        var people = await Scenario.CreateAsync(Portal);
        var ids = await TimelineSteps.BuildAsync(Portal, people.ArgentinaOfficial, publish: false);
        await Portal.SendAsync(PlanScenario.Plan(), people.ArgentinaOfficial);
        await Portal.SendAsync(PlanScenario.OpenContracting(), people.ArgentinaOfficial);
        string[] pages =
        [
            "/members/ar/timeline/edit",
            "/members/ar/timeline/activity",
            $"/members/ar/timeline/activity/{ids[0]}",
            "/members/ar/timeline/preview",
            "/members/ar/plans/edit",
            "/members/ar/plans/edit?cycle=2017-2019",
            "/members/ar/plans/2017-2019/commitment",
            "/members/ar/plans/2017-2019/commitment/ar0090",
        ];
        string[] posts =
        [
            "/members/ar/timeline/edit?handler=Cycle",
            "/members/ar/timeline/edit?handler=Phase",
            "/members/ar/timeline/edit?handler=Rename",
            $"/members/ar/timeline/edit?handler=Cancel&activityId={ids[0]}",
            "/members/ar/timeline/edit?handler=Publish",
            "/members/ar/timeline/activity",
            $"/members/ar/timeline/activity/{ids[0]}",
            "/members/ar/plans/edit",
            "/members/ar/plans/2017-2019/commitment",
            "/members/ar/plans/2017-2019/commitment/ar0090",
        ];
        var fields = new Dictionary<string, string>
        {
            ["CycleForm.Cycle"] = "2019-2021",
            ["PhaseForm.Name.En"] = "Hijacked",
            ["RenameForm.Name.En"] = "Hijacked",
            ["RenameForm.PhaseId"] = "0",
            ["Data.Kind"] = "Workshop",
            ["Data.Title.En"] = "Hijacked",
            ["Data.TimeZone"] = "UTC",
            ["Data.StartsLocal"] = "2031-01-01T10:00",
            ["Data.EndsLocal"] = "2031-01-01T11:00",
            ["Data.Place"] = "x",
            ["Data.Languages"] = "en",
            ["Data.Cycle"] = "2017-2019",
            ["Data.Status"] = "Submitted",
            ["Data.Publish"] = "true",
            ["Data.OgpId"] = "AR0091",
        };

        foreach (var email in new[] { "official.co@example.org", "ana@example.org" })
        {
            using var browser = await Portal.SignedInClientAsync(email);
            foreach (var page in pages)
            {
                await browser.GetAsync(page);
                Assert.True(browser.Status == HttpStatusCode.Forbidden, $"{email} GET {page}: {browser.Status}");
            }

            var token = (await browser.GetAsync("/")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
            foreach (var post in posts)
            {
                await browser.PostAsync(post, fields.Append(new("__RequestVerificationToken", token)));
                Assert.True(browser.Status == HttpStatusCode.Forbidden, $"{email} POST {post}: {browser.Status}");
            }
        }

        using var owner = await Portal.SignedInClientAsync("official.ar@example.org");
        foreach (var page in pages)
        {
            await owner.GetAsync(page);
            Assert.True(owner.Status == HttpStatusCode.OK, $"owner GET {page}: {owner.Status}");
        }

        using var anonymous = Portal.CreateClient(followRedirects: false);
        await anonymous.GetAsync("/members/ar/timeline/edit");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.Status);

        var timeline = (await Portal.SendAsUserAsync(new Details.Query("ar", Preview: true), people.Support))!.Timeline!;
        Assert.Null(timeline.PublishedAt);
        Assert.Equal("2017-2019", timeline.Cycle);
        Assert.DoesNotContain(timeline.Activities, a => a.Title.En == "Hijacked" || a.Cancelled);
        Assert.Null(await Portal.QueryAsync(new Web.Features.ActionPlans.Details.Query("ar", "2017-2019")));
        Assert.Null(await Portal.QueryAsync(new Web.Features.Commitments.Details.Query("ar0091")));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("9999999999999999999999")]
    [InlineData("Nonsense")]
    [InlineData("2017-13-45T99:99")]
    public async Task Garbage_in_every_editor_field_comes_back_as_messages_never_a_500_and_stores_nothing(string garbage)
    {
        var people = await Scenario.CreateAsync(Portal);
        var ids = await TimelineSteps.BuildAsync(Portal, people.ArgentinaOfficial, publish: false);
        await Portal.SendAsync(PlanScenario.Plan(), people.ArgentinaOfficial);
        using var official = await Portal.SignedInClientAsync("official.ar@example.org");
        string[] activityFields =
        [
            "Data.Kind",
            "Data.PhaseId",
            "Data.Title.En",
            "Data.StartsLocal",
            "Data.EndsLocal",
            "Data.TimeZone",
            "Data.Place",
            "Data.OnlineLink",
            "Data.Languages",
            "Data.Capacity",
            "Data.SummaryLink",
        ];
        string[] commitmentFields =
        [
            "Data.OgpId",
            "Data.Title.En",
            "Data.PolicyAreas",
            "Data.OgpValues",
            "Data.StartsOn",
            "Data.EndsOn",
            "Data.Completion",
        ];
        var before = await Portal.WithDbAsync(db =>
            Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Set<Domain.Timelines.TimelineActivity>())
        );

        var form = await official.GetAsync($"/members/ar/timeline/activity/{ids[0]}");
        await official.SubmitAsync(form, "main form", activityFields.ToDictionary(f => f, _ => garbage));
        Assert.Equal(HttpStatusCode.OK, official.Status);
        form = await official.GetAsync("/members/ar/timeline/activity");
        var page = await official.SubmitAsync(form, "main form", activityFields.ToDictionary(f => f, _ => garbage));
        Assert.Equal(HttpStatusCode.OK, official.Status);
        Assert.NotNull(page.QuerySelector("#form-errors"));
        var editor = await official.GetAsync("/members/ar/timeline/edit");
        await official.SubmitAsync(
            editor,
            "form[action*='handler=Cycle']",
            new Dictionary<string, string> { ["CycleForm.Cycle"] = garbage }
        );
        Assert.Equal(HttpStatusCode.OK, official.Status);
        await official.SubmitAsync(
            editor,
            "form[action*='handler=Phase']",
            new Dictionary<string, string> { ["PhaseForm.Name.En"] = new string('x', 500) + garbage }
        );
        Assert.Equal(HttpStatusCode.OK, official.Status);
        await official.SendFormAsync(
            "/members/ar/plans/edit?cycle=2017-2019",
            new Dictionary<string, string>
            {
                ["Data.Status"] = garbage,
                ["Data.Documents"] = garbage,
                ["Data.Publish"] = garbage,
            }
        );
        Assert.Equal(HttpStatusCode.OK, official.Status);
        await official.SendFormAsync("/members/ar/plans/2017-2019/commitment", commitmentFields.ToDictionary(f => f, _ => garbage));
        Assert.Equal(HttpStatusCode.OK, official.Status);
        using var visitor = Portal.CreateClient();
        await visitor.GetAsync($"/members/ar/timeline?month={Uri.EscapeDataString(garbage)}");
        Assert.True(visitor.Status is HttpStatusCode.OK, $"month={garbage}: {visitor.Status}");
        await visitor.GetAsync($"/commitments/{Uri.EscapeDataString(garbage.Length == 0 ? "x" : garbage)}");
        Assert.Equal(HttpStatusCode.NotFound, visitor.Status);

        Assert.Equal(
            before,
            await Portal.WithDbAsync(db =>
                Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Set<Domain.Timelines.TimelineActivity>())
            )
        );
        Assert.Equal(
            1,
            await Portal.WithDbAsync(db =>
                Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Timelines.SelectMany(t => t.Phases))
            )
        );
        Assert.Empty(
            await Portal.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(db.Commitments))
        );
    }

    [Fact]
    public async Task The_preview_says_whether_the_timeline_is_already_published()
    {
        var people = await Scenario.CreateAsync(Portal);
        await TimelineSteps.BuildAsync(Portal, people.ArgentinaOfficial, publish: false);
        using var official = await Portal.SignedInClientAsync("official.ar@example.org");

        var draft = await official.GetAsync("/members/ar/timeline/preview");
        Assert.Contains("once published", draft.QuerySelector("#preview-state")!.TextContent, StringComparison.Ordinal);

        await Portal.SendAsync(new Publish.Command("ar"), people.ArgentinaOfficial);
        var published = await official.GetAsync("/members/ar/timeline/preview");
        var state = published.QuerySelector("#preview-state")!;
        Assert.StartsWith("This timeline is published", state.TextContent.Trim(), StringComparison.Ordinal);
        Assert.DoesNotContain("once published", state.TextContent, StringComparison.Ordinal);
        Assert.NotNull(state.QuerySelector("a[href='/members/ar/timeline']"));
        await official.ChooseLanguageAsync("es");
        var spanish = await official.GetAsync("/members/ar/timeline/preview");
        Assert.StartsWith(
            "Este calendario está publicado",
            spanish.QuerySelector("#preview-state")!.TextContent.Trim(),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task On_an_activity_the_cancelling_control_says_cancel_this_activity_and_leaving_the_form_says_so()
    {
        var people = await Scenario.CreateAsync(Portal);
        var ids = await TimelineSteps.BuildAsync(Portal, people.ArgentinaOfficial, publish: true);
        using var official = await Portal.SignedInClientAsync("official.ar@example.org");

        var form = await official.GetAsync($"/members/ar/timeline/activity/{ids[0]}");
        Assert.DoesNotContain(form.QuerySelectorAll("main a, main button"), c => c.TextContent.Trim() == "Cancel");
        var cancel = form.QuerySelectorAll("main form button").Single(b => b.TextContent.Trim() == "Cancel this activity");
        var after = await official.SubmitAsync(form, "form[action*='handler=Cancel']", new Dictionary<string, string>());

        Assert.Equal("/members/ar/timeline/edit", official.AddressOf(after).AbsolutePath);
        Assert.NotNull(cancel);
        var timeline = (await Portal.SendAsUserAsync(new Details.Query("ar", Preview: true), people.ArgentinaOfficial))!.Timeline!;
        Assert.True(timeline.Activities.Single(a => a.Id == ids[0]).Cancelled);
        var again = await official.GetAsync($"/members/ar/timeline/activity/{ids[0]}");
        Assert.Null(again.QuerySelector("form[action*='handler=Cancel']"));
    }
}
