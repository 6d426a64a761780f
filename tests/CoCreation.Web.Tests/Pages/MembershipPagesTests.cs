using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using CoCreation.Domain.Members;
using CoCreation.Web.Infrastructure.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CoCreation.Web.Tests.Pages;

/// <summary>
/// Every member of OGP in March 2017, not only the Week's thirty: the countries implementing plans and the 15
/// subnational pioneers, each within its country, with their own pages, timelines, submissions and scorecards.
/// </summary>
public sealed class MembershipPagesTests(WebFixture portal) : PortalTest(portal)
{
    private async Task LoadMembershipAsync()
    {
        await Scenario.LoadCampaignAsync(Portal);
        await using var scope = Portal.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<Web.Data.Seed.DemoData>().LoadMembershipAsync(CancellationToken.None);
    }

    [Fact]
    public async Task The_whole_membership_of_march_2017_is_there_and_each_pioneer_belongs_to_its_country()
    {
        await LoadMembershipAsync();

        var members = await Portal.WithDbAsync(db =>
        {
            return db
                .Members.Select(m => new
                {
                    m.Code,
                    m.Kind,
                    m.CycleStatus,
                    m.CurrentCycle,
                    m.Region,
                    Country = db
                        .Members.Where(p => p.Id == m.ParentId)
                        .Select(p => new
                        {
                            p.Code,
                            p.Kind,
                            p.Region,
                        })
                        .FirstOrDefault(),
                })
                .ToListAsync();
        });

        Assert.Equal(75, members.Count(m => m.Kind == MemberKind.Country));
        Assert.Equal(30, members.Count(m => m.CycleStatus == CycleStatus.DevelopingNewPlan));
        Assert.Equal(["AZ", "TR"], members.Where(m => m.CycleStatus == CycleStatus.Inactive).Select(m => m.Code).Order());
        var pioneers = members.Where(m => m.Kind == MemberKind.SubnationalEntity).ToList();
        Assert.Equal(15, pioneers.Count);
        Assert.All(pioneers, p =>
        {
            Assert.Equal(MemberKind.Country, p.Country!.Kind);
            Assert.Equal(p.Country.Region, p.Region);
            Assert.StartsWith(p.Country.Code + "-", p.Code, StringComparison.Ordinal);
        });
        Assert.Equal("GB", pioneers.Single(p => p.Code == "GB-SCT").Country!.Code);
        Assert.All(members.Where(m => m.Kind == MemberKind.Country), m => Assert.Null(m.Country));
        Assert.All(members, m => Assert.Matches("^20[0-9]{2}-20[0-9]{2}$", m.CurrentCycle!));

        // Loading again adds nobody twice.
        await using var scope = Portal.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<Web.Data.Seed.DemoData>().LoadMembershipAsync(CancellationToken.None);
        Assert.Equal(90, await Portal.WithDbAsync(db => db.Members.CountAsync()));
    }

    [Fact]
    public async Task The_directory_filters_by_kind_and_status_and_lists_pioneers_with_their_country_beside_the_map()
    {
        await LoadMembershipAsync();
        using var browser = Portal.CreateClient();

        var all = await browser.GetAsync("/members");
        Assert.Equal(90, all.QuerySelectorAll("tbody tr").Length);
        var subnational = await browser.SubmitAsync(
            all,
            "main form[method=get]",
            new Dictionary<string, string> { ["Filter.Kind"] = "SubnationalEntity" }
        );
        var rows = subnational.QuerySelectorAll("tbody tr");
        Assert.Equal(15, rows.Length);
        Assert.Equal("SubnationalEntity", subnational.QuerySelector<IHtmlSelectElement>("#Filter_Kind")!.Value);
        var scotland = rows.Single(r => r.QuerySelector("th")!.TextContent.Contains("Scotland", StringComparison.Ordinal));
        Assert.Equal("/members/gb", scotland.QuerySelector(".member-of a")!.GetAttribute("href"));
        // Subnational members are listed, not drawn: the map has no shape for a city or a province.
        Assert.Null(subnational.QuerySelector("figure.member-map"));

        var implementingCountries = await browser.GetAsync("/members?Filter.Kind=Country&Filter.Status=Implementing");
        Assert.Equal(43, implementingCountries.QuerySelectorAll("tbody tr").Length);
        var developing = await browser.GetAsync("/members?Filter.Status=DevelopingNewPlan");
        Assert.Equal(30, developing.QuerySelectorAll("tbody tr").Length);

        var unknown = await browser.GetAsync("/members?Filter.Kind=Planet");
        Assert.Equal(HttpStatusCode.OK, browser.Status);
        Assert.NotNull(unknown.QuerySelector(".alert-warning"));
    }

    [Fact]
    public async Task A_subnational_member_has_its_page_timeline_submissions_officials_and_scorecard_like_a_country()
    {
        await LoadMembershipAsync();
        var (_, admin) = await Portal.CreateUserAsync("admin@example.org", roles: Roles.Administrator);
        var (_, support) = await Portal.CreateUserAsync("support@example.org", roles: Roles.SupportUnit);
        var (official, officialPrincipal) = await Portal.CreateUserAsync("official.madrid@example.org", roles: Roles.GovernmentOfficial);
        var (_, participant) = await Portal.CreateUserAsync("ana@example.org", roles: Roles.Participant);
        await Portal.SendAsync(new Web.Features.Admin.Accounts.AssignMembers.Command(official.Id, ["ES-MADRID"]), admin);

        using var visitor = Portal.CreateClient();
        var page = await visitor.GetAsync("/members/es-madrid", language: "fr");
        Assert.Equal(HttpStatusCode.OK, visitor.Status);
        Assert.Equal("Madrid", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("/members/es", page.QuerySelector("#member-country a")!.GetAttribute("href"));
        Assert.Equal("2016-2017", page.GetElementById("member-cycle")!.TextContent.Trim());
        var spain = await visitor.GetAsync("/members/es");
        Assert.Contains("/members/es-madrid", spain.QuerySelectorAll("#subnationals ~ ul a").Select(a => a.GetAttribute("href")));

        // A citizen sends it a proposal; its official answers it.
        var id = await Portal.SendAsync(Scenario.Proposal("ES-MADRID", "es"), participant);
        await Portal.SendAsync(
            new Web.Features.Moderation.Decide.Command([id!.Value], Web.Features.Moderation.Decide.Decision.Publish),
            support
        );
        await Portal.SendAsync(
            new Web.Features.Moderation.Decide.Command([id.Value], Web.Features.Moderation.Decide.Decision.Forward),
            support
        );
        await Portal.SendAsync(
            Scenario.Answer(
                id.Value,
                Domain.Submissions.AnswerOutcome.NotIncluded,
                "La ciudad ya publica sus contratos en su portal de datos abiertos."
            ),
            officialPrincipal
        );
        var answered = await visitor.GetAsync($"/submissions/{id}");
        Assert.Contains(
            "About the 2016-2017 action plan",
            answered.GetElementById("submission-place")!.TextContent,
            StringComparison.Ordinal
        );

        // Its timeline and its scorecard answer like a country's, even with nothing published yet.
        var timeline = await visitor.GetAsync("/members/ES-MADRID/timeline");
        Assert.Equal(HttpStatusCode.OK, visitor.Status);
        var heading = timeline.QuerySelector("h1")!;
        Assert.Contains("Madrid", heading.TextContent, StringComparison.Ordinal);
        Assert.Equal("/members/es-madrid", heading.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains(timeline.QuerySelectorAll("p"), p =>
            p.TextContent.Contains("has not published a co-creation timeline yet", StringComparison.Ordinal)
        );
        var scorecard = await visitor.GetAsync("/members/es-madrid/scorecard");
        Assert.Equal(HttpStatusCode.OK, visitor.Status);
        Assert.Contains("Madrid", scorecard.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        // The directory of scorecards is paged by thirty: Madrid is found in its region's selection, page after page.
        var scorecards = await visitor.GetAsync("/scorecards?region=Europe");
        while (
            scorecards.QuerySelector("a[href^='/members/es-madrid/scorecard']") is null
            && scorecards.QuerySelector("a[rel=next]")?.GetAttribute("href") is { } next
        )
        {
            scorecards = await visitor.GetAsync(next);
        }

        Assert.NotNull(scorecards.QuerySelector("a[href^='/members/es-madrid/scorecard']"));
    }

    [Fact]
    public async Task The_support_unit_places_a_subnational_member_in_its_country_and_a_wrong_country_is_refused()
    {
        await LoadMembershipAsync();
        var (_, support) = await Portal.CreateUserAsync("support@example.org", roles: Roles.SupportUnit);

        var created = await Portal.SendAsync(
            new Web.Features.Members.Create.Command
            {
                Code = "MX-CMX",
                Kind = MemberKind.SubnationalEntity,
                Region = Region.Americas,
                Name = new() { En = "Mexico City" },
                JoinedOn = new DateOnly(2018, 1, 1),
                CycleStatus = CycleStatus.DevelopingNewPlan,
                CountryCode = "mx",
                CurrentCycle = "2018-2020",
            },
            support
        );
        Assert.Equal("MX-CMX", created);
        var city = await Portal.QueryAsync(new Web.Features.Members.Details.Query("MX-CMX"));
        Assert.Equal("MX", city!.Country!.Code);
        Assert.Equal("2018-2020", city.CurrentCycle);

        var refused = await Assert.ThrowsAsync<Web.Infrastructure.Mediator.InputException>(() =>
            Portal.SendAsync(
                new Web.Features.Members.Create.Command
                {
                    Code = "MX-GTO",
                    Kind = MemberKind.SubnationalEntity,
                    Region = Region.Americas,
                    Name = new() { En = "Guanajuato" },
                    JoinedOn = new DateOnly(2018, 1, 1),
                    CountryCode = "MX-JAL",
                },
                support
            )
        );
        Assert.Contains(nameof(Web.Features.Members.MemberForm.CountryCode), refused.Errors.Keys);
        Assert.Null(await Portal.QueryAsync(new Web.Features.Members.Details.Query("MX-GTO")));
    }
}
