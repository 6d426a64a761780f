using CoCreation.Domain.Submissions;
using CoCreation.Web.Infrastructure.Identity;
using CoCreation.Web.Tests.Features.Scorecards;

namespace CoCreation.Web.Tests.Pages;

public sealed class ScorecardPagesTests(WebFixture portal) : PortalTest(portal)
{
    [Fact]
    public async Task The_scorecard_page_shows_the_figures_and_links_every_indicator_to_its_evidence_in_three_round_trips_or_fewer()
    {
        var (unanswered, _) = await ScorecardScenario.CreateAsync(Portal);
        using var visitor = Portal.CreateClient();

        AngleSharp.Html.Dom.IHtmlDocument page = null!;
        var commands = await DbCommands.CountAsync(Portal, async () => page = await visitor.GetAsync("/members/ar/scorecard"));

        Assert.Equal(HttpStatusCode.OK, visitor.Status);
        Assert.True(commands <= 3, $"{commands} round trips");
        Assert.Equal("75 %", page.QuerySelector("#answered-share")!.TextContent.Trim());
        Assert.Contains(
            "4 met, 1 not met, 0 not yet measurable",
            page.QuerySelector("[role=status]")!.TextContent,
            StringComparison.Ordinal
        );
        var sections = page.QuerySelectorAll("section.scorecard-indicator");
        Assert.Equal(5, sections.Length);
        Assert.All(sections, s => Assert.NotEmpty(s.QuerySelectorAll("ul a[href]")));
        Assert.NotNull(page.QuerySelector($"#unanswered a[href='/submissions/{unanswered}']"));
        Assert.NotNull(page.QuerySelector("a[href^='/members/ar/timeline#activity-']"));
        Assert.NotNull(page.QuerySelector("a[href='/members/ar/plans/2017-2019']"));

        var french = await visitor.GetAsync("/members/ar/scorecard", language: "fr");
        Assert.Contains("Non respecté", french.QuerySelector("#responses")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_official_s_answer_shows_at_once_on_the_scorecard_a_visitor_already_read_from_the_page_cache()
    {
        var (unanswered, _) = await ScorecardScenario.CreateAsync(Portal);
        var (_, admin) = await Portal.CreateUserAsync("admin@example.org", roles: Roles.Administrator);
        var (argentina, official) = await Portal.CreateUserAsync("official.ar@example.org", roles: Roles.GovernmentOfficial);
        await Portal.SendAsync(new Web.Features.Admin.Accounts.AssignMembers.Command(argentina.Id, ["AR"]), admin);
        using var visitor = Portal.CreateClient();
        Assert.Equal("75 %", (await visitor.GetAsync("/members/ar/scorecard")).QuerySelector("#answered-share")!.TextContent.Trim());

        await Portal.SendAsync(Scenario.Answer(unanswered, AnswerOutcome.Answered, "In the ministry, on 4 April."), official);

        var answered = await visitor.GetAsync("/members/ar/scorecard");
        Assert.Equal("100 %", answered.QuerySelector("#answered-share")!.TextContent.Trim());
        Assert.Equal("0 of 4", answered.QuerySelector("#continued-in-dialogue")!.TextContent.Trim());

        // Beside the answer rate, how many answers went on in dialogue: a reader asks back under the new answer.
        var (_, reader) = await Portal.CreateUserAsync("lectora@example.org");
        await Portal.SendAsync(Features.Comments.CommentScenario.On(unanswered, "¿Y cuándo estará en línea?"), reader);
        Assert.Equal(
            "1 of 4",
            (await visitor.GetAsync("/members/ar/scorecard")).QuerySelector("#continued-in-dialogue")!.TextContent.Trim()
        );
    }

    [Fact]
    public async Task The_member_page_sums_the_scorecard_up_and_links_to_it_and_odd_addresses_never_give_a_500()
    {
        await ScorecardScenario.CreateAsync(Portal);
        using var visitor = Portal.CreateClient();

        AngleSharp.Html.Dom.IHtmlDocument member = null!;
        var commands = await DbCommands.CountAsync(Portal, async () => member = await visitor.GetAsync("/members/ar"));

        // The member's record with its pioneers and country, its scorecard, the response clock: three round trips
        // whatever the member holds (QUALITY.md's bar; the 5 once seen here were a notification round at start-up
        // counted with the page, before the workers waited one interval).
        Assert.True(commands <= 3, $"{commands} round trips");
        Assert.Contains("4 of the 5", member.QuerySelector("#scorecard + p")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(member.QuerySelector("a[href='/members/ar/scorecard']"));

        var unknown = await visitor.GetAsync("/members/ar/scorecard?cycle=%3Cscript%3E");
        Assert.Equal(HttpStatusCode.OK, visitor.Status);
        Assert.NotNull(unknown.QuerySelector(".alert-warning"));
        foreach (
            var path in new[]
            {
                "/members/zz/scorecard",
                "/members/" + new string('x', 300) + "/scorecard",
                "/members/ar/scorecard?cycle=" + new string('9', 5000),
            }
        )
        {
            await visitor.GetAsync(path);
            Assert.True((int)visitor.Status < 500, $"{path}: {visitor.Status}");
        }
    }

    [Fact]
    public async Task The_scorecards_page_lists_every_member_with_an_accessible_chart_of_who_meets_what()
    {
        await ScorecardScenario.CreateAsync(Portal);
        using var visitor = Portal.CreateClient();

        AngleSharp.Html.Dom.IHtmlDocument page = null!;
        var commands = await DbCommands.CountAsync(Portal, async () => page = await visitor.GetAsync("/scorecards"));

        Assert.True(commands <= 3, $"{commands} round trips");
        Assert.Equal(30, page.QuerySelectorAll("#scorecards-table tbody tr").Length);
        var svg = page.QuerySelector("svg[role=img]")!;
        Assert.Equal("scorecards-met-title scorecards-met-desc", svg.GetAttribute("aria-labelledby"));
        Assert.Equal("Members that meet each requirement", svg.QuerySelector("title")!.TextContent);
        Assert.Contains("Out of 30 members", svg.QuerySelector("desc")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(5, svg.QuerySelectorAll("text[text-anchor=end]").Length);
        var argentina = page.QuerySelector("a[href='/members/ar/scorecard?cycle=2017-2019']")!.Closest("tr")!;
        Assert.Equal(["Met", "Met", "Met", "Not met", "Met"], argentina.QuerySelectorAll("td").Skip(1).Select(c => c.TextContent.Trim()));
    }

    [Fact]
    public async Task Every_member_of_the_demo_is_on_one_of_the_scorecards_pages_of_thirty_and_a_region_keeps_its_own_members()
    {
        Assert.True(await Scenario.LoadDemoAsync(Portal));

        var members = await Portal.WithDbAsync(db => db.Members.CountAsync());
        using var visitor = Portal.CreateClient();
        var seen = new List<string>();
        string? address = "/scorecards";
        while (address is not null)
        {
            var page = await visitor.GetAsync(address);
            var rows = page.QuerySelectorAll("#scorecards-table tbody tr th a").Select(a => a.GetAttribute("href")!).ToList();
            Assert.InRange(rows.Count, 1, 30);
            Assert.Contains($"Out of {members} members", page.QuerySelector("svg desc")!.TextContent, StringComparison.Ordinal);
            seen.AddRange(rows);
            address = page.QuerySelector("a[rel=next]")?.GetAttribute("href");
        }

        Assert.Equal(members, seen.Count);
        Assert.Equal(members, seen.Distinct().Count());

        var europe = await visitor.GetAsync("/scorecards?region=Europe");
        var european = await Portal.WithDbAsync(db => db.Members.CountAsync(m => m.Region == Domain.Members.Region.Europe));
        Assert.Contains($"Out of {european} members", europe.QuerySelector("svg desc")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Europe", europe.QuerySelector("select[name=Region] option[selected]")!.TextContent.Trim());
        Assert.Null(europe.QuerySelector("a[href^='/members/ar/']"));
    }
}
