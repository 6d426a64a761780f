using CoCreation.Domain.Scorecards;
using CoCreation.Web.Features.Scorecards;

namespace CoCreation.Web.Tests.Features.Scorecards;

public sealed class DemoScorecardsTests(WebFixture portal) : PortalTest(portal)
{
    [Fact]
    public async Task Every_one_of_the_thirty_demo_members_has_a_scorecard_with_evidence_links()
    {
        Assert.True(await Scenario.LoadDemoAsync(Portal));

        var all = await Portal.QueryAsync(new Web.Features.Scorecards.Index.Query());
        Assert.Equal(90, all.Items.Count);
        // The rest of the membership, implementing plans made before the portal, is scored on the cycle it is in.
        Assert.Equal("2016-2018", all.Items.Single(i => i.Code == "GB").Scorecard.Period.Cycle);
        Assert.Equal("2016-2017", all.Items.Single(i => i.Code == "GB-SCT").Scorecard.Period.Cycle);
        var developing = await Portal.WithDbAsync(db =>
            db.Members.Where(m => m.CycleStatus == Domain.Members.CycleStatus.DevelopingNewPlan).Select(m => m.Code).ToListAsync()
        );
        var index = all with { Items = [.. all.Items.Where(i => developing.Contains(i.Code))] };
        Assert.Equal(30, index.Items.Count);
        Assert.All(index.Items, item =>
        {
            Assert.Equal("2017-2019", item.Scorecard.Period.Cycle);
            Assert.Equal(5, item.Scorecard.Indicators.Count);
            Assert.True(item.Scorecard.Responses.Evidence.Count > 0, item.Code + " has no submission evidence");
            // A moderator publishing citizens' submissions never dates a government's repository.
            Assert.DoesNotContain(item.Scorecard.Repository.Evidence, e => e.Kind == EvidenceKind.Submission);
        });

        // The timelines tell different stories: Colombia keeps its forum and meets civil society during
        // implementation, France's forum falls silent, the Philippines published late.
        var colombia = index.Items.Single(i => i.Code == "CO").Scorecard;
        Assert.Equal(CheckResult.Met, colombia.Forum.Result);
        Assert.Equal(CheckResult.Met, colombia.Implementation.Result);
        Assert.Equal(CheckResult.Met, colombia.Timeline.Result);
        Assert.Equal(CheckResult.Met, colombia.Repository.Result);
        Assert.Contains(colombia.Repository.Evidence, e => e.Kind == EvidenceKind.Timeline);
        Assert.Equal(CheckResult.NotMet, index.Items.Single(i => i.Code == "FR").Scorecard.Forum.Result);
        Assert.Equal(CheckResult.NotMet, index.Items.Single(i => i.Code == "PH").Scorecard.Timeline.Result);
        Assert.Equal(CheckResult.NotMet, index.Items.Single(i => i.Code == "AR").Scorecard.Implementation.Result);

        using var visitor = Portal.CreateClient();
        foreach (var item in index.Items)
        {
            var page = await visitor.GetAsync(EvidenceLinks.Scorecard(item.Code));
            Assert.Equal(System.Net.HttpStatusCode.OK, visitor.Status);
            var links = page.QuerySelectorAll("section.scorecard-indicator ul a[href]").Select(a => a.GetAttribute("href")!).ToList();
            Assert.True(links.Count > 0, item.Code + " shows no evidence link");
            Assert.All(links, href => Assert.StartsWith("/", href, StringComparison.Ordinal));
        }
    }
}
