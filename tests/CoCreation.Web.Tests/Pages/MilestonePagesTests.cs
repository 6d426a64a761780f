using CoCreation.Web.Tests.Features.ActionPlans;

namespace CoCreation.Web.Tests.Pages;

public sealed class MilestonePagesTests(WebFixture portal) : PortalTest(portal)
{
    [Fact]
    public async Task In_French_a_milestone_ending_before_it_starts_is_refused_with_what_was_typed_then_saved_and_shown()
    {
        await PlanScenario.ImplementingPlanAsync(Portal);
        using var official = await Portal.SignedInClientAsync("official.ar@example.org");
        await official.ChooseLanguageAsync("fr");

        var form = await official.GetAsync("/members/ar/plans/2017-2019/commitment/ar0090/milestone");
        var fields = new Dictionary<string, string>
        {
            ["Data.Text.Fr"] = "Publier les contrats de 2018",
            ["Data.StartsOn"] = "2018-06-01",
            ["Data.EndsOn"] = "2018-01-31",
        };
        var refused = await official.SubmitAsync(form, "main form", fields);

        Assert.Equal(HttpStatusCode.OK, official.Status);
        Assert.Contains(
            "Un jalon ne peut pas se terminer avant de commencer.",
            refused.QuerySelector("#form-errors")!.TextContent,
            StringComparison.Ordinal
        );
        Assert.Equal(
            "Publier les contrats de 2018",
            ((AngleSharp.Html.Dom.IHtmlInputElement)refused.QuerySelector("#Data_Text_Fr")!).Value
        );
        Assert.Empty(await Portal.WithDbAsync(db => db.Milestones.ToListAsync()));

        fields["Data.EndsOn"] = "2018-12-31";
        var saved = await official.SubmitAsync(refused, "main form", fields);

        Assert.Equal(HttpStatusCode.OK, official.Status);
        Assert.Equal("/commitments/ar0090", official.LastResponse!.RequestMessage!.RequestUri!.AbsolutePath);
        var milestones = saved.QuerySelector("section[aria-labelledby=milestones]")!.TextContent;
        Assert.Contains("Jalons", milestones, StringComparison.Ordinal);
        Assert.Contains("Publier les contrats de 2018", milestones, StringComparison.Ordinal);
        Assert.Contains("En retard", milestones, StringComparison.Ordinal);
        Assert.Contains("Jalon ajouté\u00a0: «\u00a0Publier les contrats de 2018\u00a0»", milestones, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_Spanish_an_official_reports_progress_with_evidence_and_a_visitor_reads_it_with_its_language_and_the_plans_chart()
    {
        await PlanScenario.ImplementingPlanAsync(Portal);
        using var official = await Portal.SignedInClientAsync("official.ar@example.org");
        await official.ChooseLanguageAsync("es");

        var bad = await official.SendFormAsync(
            "/members/ar/plans/2017-2019/commitment/ar0090/progress",
            new Dictionary<string, string>
            {
                ["Data.On"] = "2018-11-15",
                ["Data.Level"] = "Substantial",
                ["Data.Language"] = "es",
                ["Data.Text"] = "Se publicaron 1200 contratos.",
                ["Data.Evidence[0].Url"] = "datos.gob.ar/contratos.csv",
            }
        );
        Assert.Equal(HttpStatusCode.OK, official.Status);
        Assert.NotNull(bad.QuerySelector("#Data_Evidence_0__Url[aria-invalid=true]"));
        Assert.Equal(
            "Indique una dirección web completa que empiece por https://.",
            bad.QuerySelector("#Data_Evidence_0__Url-error")!.TextContent.Trim()
        );
        Assert.Empty(await Portal.WithDbAsync(db => db.ProgressUpdates.ToListAsync()));

        var saved = await official.SubmitAsync(
            bad,
            "main form",
            new Dictionary<string, string>
            {
                ["Data.Evidence[0].Url"] = "https://datos.gob.ar/contratos.csv",
                ["Data.Evidence[0].Title"] = "Contratos 2018",
            }
        );
        Assert.Equal(HttpStatusCode.OK, official.Status);
        Assert.Equal("/commitments/ar0090", official.AddressOf(saved).AbsolutePath);
        Assert.Equal(
            "Su informe de avance está guardado.",
            saved.QuerySelector("section[aria-labelledby=progress] [role=status]#recorded")!.TextContent.Trim()
        );

        using var visitor = Portal.Factory.CreatePortalClient();
        var page = await visitor.GetAsync("/commitments/ar0090", "es");
        // Only whoever may record progress reads that it was saved.
        Assert.Null((await visitor.GetAsync("/commitments/ar0090?recorded=true", "es")).QuerySelector("#recorded"));
        var progress = page.QuerySelector("section[aria-labelledby=progress]")!;
        Assert.Contains("Informes de avance", progress.TextContent, StringComparison.Ordinal);
        Assert.Contains("Sustancial", progress.TextContent, StringComparison.Ordinal);
        Assert.Equal("Se publicaron 1200 contratos.", progress.QuerySelector("div[lang=es]")!.TextContent.Trim());
        Assert.Equal("https://datos.gob.ar/contratos.csv", progress.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("Contratos 2018", progress.QuerySelector("a")!.TextContent);

        var plan = await visitor.GetAsync("/members/ar/plans/2017-2019", "es");
        var chart = plan.QuerySelector("figure.chart")!;
        Assert.Contains("Compromisos por nivel de cumplimiento", chart.TextContent, StringComparison.Ordinal);
        Assert.NotNull(chart.QuerySelector("svg[role=img]"));
    }

    [Fact]
    public async Task A_commitment_page_asks_the_database_only_for_the_lists_that_hold_rows()
    {
        var people = await PlanScenario.ImplementingPlanAsync(Portal);
        using var visitor = Portal.Factory.CreatePortalClient();

        AngleSharp.Html.Dom.IHtmlDocument page = null!;
        var bare = await DbCommands.CountAsync(Portal, async () => page = await visitor.GetAsync("/commitments/ar0090"));

        // The commitment with which of its lists hold rows and whether the reader may edit, then the conversation (the
        // target is open, its comments): no milestones, updates, revisions or submissions yet, so nothing more.
        Assert.Equal(3, bare);
        Assert.Contains("Open contracting in public works", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);

        await Portal.SendAsync(MilestonesTests.Milestone(), people.ArgentinaOfficial);
        await Portal.SendAsync(MilestonesTests.Progress(), people.ArgentinaOfficial);
        var filled = await DbCommands.CountAsync(Portal, async () => page = await visitor.GetAsync("/commitments/ar0090"));

        // One more per list that holds rows: the milestone, the update, and the revision the milestone made (the plan is published).
        Assert.Equal(6, filled);
        Assert.Contains(
            "Publish the contracts of 2018",
            page.QuerySelector("section[aria-labelledby=milestones]")!.TextContent,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task The_progress_form_starts_on_the_milestone_asked_for_only_when_it_is_the_commitments()
    {
        var people = await PlanScenario.ImplementingPlanAsync(Portal);
        await Portal.SendAsync(MilestonesTests.Milestone(), people.ArgentinaOfficial);
        var id = await Portal.WithDbAsync(db => db.Milestones.Select(m => m.Id).SingleAsync());
        using var official = await Portal.SignedInClientAsync("official.ar@example.org");

        var asked = await official.GetAsync($"/members/ar/plans/2017-2019/commitment/ar0090/progress?milestone={id}");
        var unknown = await official.GetAsync($"/members/ar/plans/2017-2019/commitment/ar0090/progress?milestone={id + 1000}");

        Assert.Equal(HttpStatusCode.OK, official.Status);
        Assert.Equal(
            id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ((AngleSharp.Html.Dom.IHtmlSelectElement)asked.QuerySelector("#Data_MilestoneId")!).Value
        );
        Assert.Equal("", ((AngleSharp.Html.Dom.IHtmlSelectElement)unknown.QuerySelector("#Data_MilestoneId")!).Value);
    }

    [Fact]
    public async Task The_commitment_editor_leads_the_official_to_the_public_page_to_reporting_progress_and_to_adding_a_milestone()
    {
        await PlanScenario.ImplementingPlanAsync(Portal);
        using var official = await Portal.SignedInClientAsync("official.ar@example.org");

        var editor = await official.GetAsync("/members/ar/plans/2017-2019/commitment/ar0090");

        Assert.Equal(HttpStatusCode.OK, official.Status);
        var links = editor.QuerySelectorAll("#commitment-links a").ToDictionary(a => a.TextContent.Trim(), a => a.GetAttribute("href"));
        Assert.Equal("/commitments/ar0090", links["The commitment’s public page"]);
        Assert.Equal("/members/ar/plans/2017-2019/commitment/ar0090/progress", links["Report progress"]);
        Assert.Equal("/members/ar/plans/2017-2019/commitment/ar0090/milestone", links["Add a milestone"]);
        var progress = await official.GetAsync(links["Report progress"]!);
        Assert.Equal(HttpStatusCode.OK, official.Status);
        Assert.NotNull(progress.QuerySelector("#Data_Text"));

        // A commitment not yet added has no pages to lead to.
        var blank = await official.GetAsync("/members/ar/plans/2017-2019/commitment");
        Assert.Equal(HttpStatusCode.OK, official.Status);
        Assert.Null(blank.QuerySelector("#commitment-links"));
    }

    [Fact]
    public async Task The_progress_form_shows_as_many_evidence_links_as_its_hint_says_may_be_given()
    {
        await PlanScenario.ImplementingPlanAsync(Portal);
        using var official = await Portal.SignedInClientAsync("official.ar@example.org");

        var form = await official.GetAsync("/members/ar/plans/2017-2019/commitment/ar0090/progress");

        Assert.Equal(HttpStatusCode.OK, official.Status);
        Assert.Contains("(up to 5)", form.QuerySelector("fieldset .form-text")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(5, form.QuerySelectorAll("input[type=url][name^='Data.Evidence']").Length);
        Assert.StartsWith(
            "Evidence link 5",
            form.QuerySelector("label[for='Data_Evidence_4__Url']")!.TextContent.Trim(),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task A_refused_IRM_assessment_comes_back_with_what_was_chosen_and_stores_nothing()
    {
        await PlanScenario.ImplementingPlanAsync(Portal);
        using var support = await Portal.SignedInClientAsync("support@example.org");

        var refused = await support.SendFormAsync(
            "/members/ar/plans/2017-2019/commitment/ar0090/irm",
            new Dictionary<string, string>
            {
                ["Data.RelevantValues"] = "civic-participation",
                ["Data.PotentialImpact"] = "Moderate",
                ["Data.ReportUrl"] = "not an address",
            }
        );

        Assert.Equal(HttpStatusCode.OK, support.Status);
        Assert.NotNull(refused.QuerySelector("#Data_ReportUrl[aria-invalid=true]"));
        Assert.Equal("Moderate", ((AngleSharp.Html.Dom.IHtmlSelectElement)refused.QuerySelector("#Data_PotentialImpact")!).Value);
        Assert.Equal(
            ["civic-participation"],
            refused.QuerySelectorAll("input[name='Data.RelevantValues']:checked").Select(i => i.GetAttribute("value"))
        );
        Assert.Null(await Portal.WithDbAsync(db => db.Commitments.Select(c => c.Irm).SingleAsync()));
    }

    [Fact]
    public async Task A_visitor_reads_a_published_plan_with_its_commitments_and_chart_in_three_round_trips_or_fewer()
    {
        var people = await PlanScenario.ImplementingPlanAsync(Portal);
        await Portal.SendAsync(MilestonesTests.Progress(), people.ArgentinaOfficial);
        using var visitor = Portal.CreateClient();

        AngleSharp.Html.Dom.IHtmlDocument page = null!;
        var commands = await DbCommands.CountAsync(Portal, async () => page = await visitor.GetAsync("/members/ar/plans/2017-2019"));

        Assert.Equal(HttpStatusCode.OK, visitor.Status);
        Assert.True(commands <= 3, $"{commands} round trips");
        Assert.NotNull(page.QuerySelector("a[href='/commitments/ar0090']"));
        Assert.NotNull(page.QuerySelector("figure.chart svg[role=img]"));
    }

    [Fact]
    public async Task An_official_moves_a_milestone_down_with_the_button_on_the_commitment_page_and_its_form_carries_the_antiforgery_token()
    {
        var people = await PlanScenario.ImplementingPlanAsync(Portal);
        await Portal.SendAsync(MilestonesTests.Milestone("Publish the contracts of 2018"), people.ArgentinaOfficial);
        await Portal.SendAsync(MilestonesTests.Milestone("Train the procurement officers"), people.ArgentinaOfficial);
        using var official = await Portal.SignedInClientAsync("official.ar@example.org");
        var page = await official.GetAsync("/commitments/ar0090");
        string[] Order(AngleSharp.Html.Dom.IHtmlDocument shown) =>
            [
                .. shown
                    .QuerySelectorAll("section[aria-labelledby=milestones] tbody tr")
                    .Select(r => r.QuerySelector("td")!.TextContent.Trim()),
            ];
        Assert.Equal(["Publish the contracts of 2018", "Train the procurement officers"], Order(page));

        // The first milestone has only "move down"; the form posts to a literal address, so the token must be written in.
        var down = page.QuerySelector("section[aria-labelledby=milestones] form")!;
        Assert.NotNull(down.QuerySelector("input[name=__RequestVerificationToken]"));
        var moved = await official.SubmitAsync(page, "section[aria-labelledby=milestones] form", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.OK, official.Status);
        Assert.Equal("/commitments/ar0090", official.LastResponse!.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal(["Train the procurement officers", "Publish the contracts of 2018"], Order(moved));
    }
}
