using CoCreation.Domain.Members;
using CoCreation.Web.Infrastructure.Identity;
using CoCreation.Web.Tests.Features.Scorecards;

namespace CoCreation.Web.Tests.Pages;

public sealed class DashboardPagesTests(WebFixture portal) : PortalTest(portal)
{
    [Fact]
    public async Task The_campaign_dashboard_counts_what_was_crafted_and_every_chart_has_a_title_a_description_and_a_table()
    {
        await ScorecardScenario.CreateAsync(Portal);
        using var visitor = Portal.CreateClient();
        var campaign = await visitor.GetAsync("/campaigns/global-cocreation-week-2017");
        var href = campaign.QuerySelector("a[href$='/dashboard']")!.GetAttribute("href")!;

        AngleSharp.Html.Dom.IHtmlDocument page = null!;
        var commands = await DbCommands.CountAsync(Portal, async () => page = await visitor.GetAsync(href));

        Assert.Equal(HttpStatusCode.OK, visitor.Status);
        Assert.True(commands <= 4, $"{commands} round trips");

        // Argentina: 4 questions and a help request published; 3 of the 4 questions answered (help requests go to the Support Unit).
        Assert.Equal("3 answered of 4 owed an answer: 75 %", page.QuerySelector("#campaign-answer-rate")!.TextContent.Trim());
        var svgs = page.QuerySelectorAll("svg[role=img]");
        Assert.Equal(4, svgs.Length);
        Assert.All(svgs, svg =>
        {
            var ids = svg.GetAttribute("aria-labelledby")!.Split(' ');
            Assert.False(string.IsNullOrWhiteSpace(page.GetElementById(ids[0])!.TextContent));
            Assert.Equal("title", page.GetElementById(ids[0])!.LocalName);
            Assert.Equal("desc", page.GetElementById(ids[1])!.LocalName);
            Assert.False(string.IsNullOrWhiteSpace(page.GetElementById(ids[1])!.TextContent));
            Assert.NotNull(svg.Closest("figure")!.QuerySelector("table caption"));
        });
        var argentina = page.QuerySelectorAll("#answer-rate-caption ~ div table tbody tr")
            .Single(r => r.QuerySelector("th")!.TextContent.Contains("Argentina", StringComparison.Ordinal));
        Assert.Equal("75 % (3 of 4)", argentina.QuerySelector("td")!.TextContent.Trim());
        var perKind = page.QuerySelectorAll("#submissions-per-member-caption ~ div table tbody tr")
            .Single(r => r.QuerySelector("th")!.TextContent.Contains("Argentina", StringComparison.Ordinal));
        Assert.Equal(["0", "4", "0", "1", "5"], perKind.QuerySelectorAll("td").Select(c => c.TextContent.Trim()));
        await visitor.GetAsync("/campaigns/nothing-here/dashboard");
        Assert.Equal(HttpStatusCode.NotFound, visitor.Status);
    }

    [Fact]
    public async Task The_support_unit_dashboard_shows_queue_age_backlog_and_officials_who_have_not_answered_to_staff_only()
    {
        await ScorecardScenario.CreateAsync(Portal);
        var (_, staff) = await Portal.CreateUserAsync("support@example.org", roles: Roles.SupportUnit);
        await Portal.CreateUserAsync("participant@example.org", roles: Roles.Participant);
        await Portal.WithDbAsync(async db =>
        {
            var official = await db.Users.Where(u => u.Email == "official@example.org").Select(u => u.Id).SingleAsync();
            var argentina = await db.Members.Where(m => m.Code == "AR").Select(m => m.Id).SingleAsync();
            db.OfficialAssignments.Add(new OfficialAssignment(official, argentina, DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
        });

        using var anonymous = Portal.CreateClient(followRedirects: false);
        await anonymous.GetAsync("/moderation/dashboard");
        Assert.NotEqual(HttpStatusCode.OK, anonymous.Status);
        using var participant = await Portal.SignedInClientAsync("participant@example.org");
        await participant.GetAsync("/moderation/dashboard");
        Assert.NotEqual(HttpStatusCode.OK, participant.Status);

        using var support = await Portal.SignedInClientAsync("support@example.org");
        var page = await support.GetAsync("/moderation/dashboard");

        // The page's own work; a signed-in session adds its account checks on top.
        var commands = await DbCommands.CountAsync(Portal, () =>
            Portal.SendAsUserAsync(new Web.Features.Moderation.Dashboard.Query(), staff)
        );
        Assert.Equal(HttpStatusCode.OK, support.Status);
        Assert.True(commands <= 4, $"{commands} round trips");
        Assert.StartsWith("1 waiting for moderation", page.QuerySelector("#queue-summary")!.TextContent.Trim(), StringComparison.Ordinal);
        var backlog = page.QuerySelectorAll("#backlog-table tbody tr").Single();
        Assert.Contains("Argentina", backlog.QuerySelector("th")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("1", backlog.QuerySelectorAll("td")[0].TextContent.Trim());
        var official = page.QuerySelectorAll("#officials-table tbody tr").Single();
        Assert.Contains("official@example.org", official.TextContent, StringComparison.Ordinal);
        Assert.Equal(["AR", "1"], official.QuerySelectorAll("td").Take(2).Select(c => c.TextContent.Trim()));
        Assert.Equal(3, page.QuerySelectorAll("svg[role=img] title").Length);
        Assert.Equal(3, page.QuerySelectorAll("svg[role=img] desc").Length);
    }

    [Fact]
    public async Task Both_dashboards_count_comments_reports_and_the_answered_submissions_that_went_on_in_dialogue()
    {
        var s = await Features.Comments.CommentScenario.CreateAsync(Portal);
        var discussed = await Scenario.ForwardedAsync(Portal, s.People, Scenario.Question());
        var quiet = await Scenario.ForwardedAsync(Portal, s.People, Scenario.Question());
        foreach (var id in new[] { discussed, quiet })
        {
            await Portal.SendAsync(
                Scenario.Answer(id, Domain.Submissions.AnswerOutcome.Answered, "No hay presupuesto este ciclo."),
                s.People.ArgentinaOfficial
            );
        }

        await Portal.SendAsync(Features.Comments.CommentScenario.On(discussed, "¿Y en el próximo ciclo?"), s.People.Participant);
        var reported = (await Portal.SendAsync(Features.Comments.CommentScenario.On(s.Proposal, "Texto denunciado"), s.Chloe))!.Value;
        await Portal.SendAsync(Scenario.ReportComment(reported, Domain.Comments.ReportReason.Offensive, null), s.Dario);
        using var visitor = Portal.CreateClient();

        AngleSharp.Html.Dom.IHtmlDocument campaign = null!;
        var commands = await DbCommands.CountAsync(Portal, async () =>
            campaign = await visitor.GetAsync("/campaigns/global-cocreation-week-2017/dashboard")
        );

        Assert.True(commands <= 4, $"{commands} round trips");
        Assert.Equal("Published comments and replies: 2", campaign.QuerySelector("#dialogue-comments")!.TextContent.Trim());
        Assert.Equal(
            "Reports by readers: 1; comments waiting for the OGP Support Unit: 0",
            campaign.QuerySelector("#dialogue-reports")!.TextContent.Trim()
        );
        Assert.Equal(
            "Answered submissions that continued in dialogue after the answer: 1 of 2 (50 %)",
            campaign.QuerySelector("#dialogue-continued")!.TextContent.Trim()
        );

        using var support = await Portal.SignedInClientAsync("support@example.org");
        await support.ChooseLanguageAsync("es");
        var moderation = await support.GetAsync("/moderation/dashboard");
        var staffCommands = await DbCommands.CountAsync(Portal, () =>
            Portal.SendAsUserAsync(new Web.Features.Moderation.Dashboard.Query(), s.People.Support)
        );
        Assert.True(staffCommands <= 4, $"{staffCommands} round trips");
        Assert.Equal("Comentarios y respuestas publicados: 2", moderation.QuerySelector("#dialogue-comments")!.TextContent.Trim());
        Assert.Equal(
            "Contribuciones respondidas cuyo diálogo continuó tras la respuesta: 1 de 2 (50 %)",
            moderation.QuerySelector("#dialogue-continued")!.TextContent.Trim()
        );
    }
}
