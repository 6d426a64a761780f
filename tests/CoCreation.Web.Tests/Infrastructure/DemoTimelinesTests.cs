using CoCreation.Domain.ActionPlans;
using CoCreation.Domain.Timelines;

namespace CoCreation.Web.Tests.Infrastructure;

public sealed class DemoTimelinesTests(WebFixture portal) : PortalTest(portal)
{
    [Fact]
    public async Task The_demo_shows_timelines_on_time_one_late_one_draft_and_published_plans_with_commitments()
    {
        Assert.True(await Scenario.LoadDemoAsync(Portal));

        var argentina = (await Portal.QueryAsync(new Web.Features.Timelines.Details.Query("ar")))!.Timeline!;
        Assert.Equal(TwoWeeksResult.Met, argentina.Check.Result);
        Assert.Equal(5, argentina.Activities.Count());
        // The demo forum's minutes added after publication are revisions too.
        Assert.Equal(
            [TimelineChange.SummaryAdded, TimelineChange.SummaryAdded, TimelineChange.ActivityChanged],
            argentina.Revisions.Select(r => r.Change)
        );
        Assert.Equal(
            TwoWeeksResult.NotMet,
            (await Portal.QueryAsync(new Web.Features.Timelines.Details.Query("ph")))!.Timeline!.Check.Result
        );
        Assert.Null((await Portal.QueryAsync(new Web.Features.Timelines.Details.Query("es")))!.Timeline);

        var campaign = await Portal.QueryAsync(new Web.Features.Timelines.CampaignTimelines.Query("global-cocreation-week-2017"));
        Assert.Equal(["AR", "CO", "FR", "PH"], campaign.Published.Select(p => p.Code));
        Assert.Equal(26, campaign.NotPublished.Count);

        var overview = await Portal.QueryAsync(new Web.Features.Timelines.Index.Query());
        Assert.Equal(["AR", "CO", "FR", "PH"], overview.Items.Select(i => i.Code));
        Assert.Equal(3, overview.Met);
        var late = overview.Items.Single(i => i.Code == "PH");
        Assert.Equal(TwoWeeksResult.NotMet, late.Check);
        Assert.Equal(5, (late.FirstActivityAt!.Value - late.PublishedAt).Days);
        using var visitor = Portal.CreateClient();
        var page = await visitor.GetAsync("/timelines");
        Assert.Equal(4, page.QuerySelectorAll("main tbody tr").Length);
        Assert.Contains("3 of 4", page.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);

        var plan = (await Portal.QueryAsync(new Web.Features.ActionPlans.Details.Query("ar", "2017-2019")))!;
        Assert.NotNull(plan.PublishedAt);
        Assert.Equal(5, plan.Commitments.Count);
        Assert.Contains(plan.Commitments, c => c.Submissions > 0);
        var commitment = (await Portal.QueryAsync(new Web.Features.Commitments.Details.Query(plan.Commitments[0].OgpId)))!;
        Assert.NotNull(commitment.Problem);
        Assert.NotEmpty(commitment.OgpValues);
        // Both plans are in implementation: milestones, a year of dated progress with evidence, the IRM's judgement on two commitments.
        Assert.Equal(PlanStatus.Implementing, commitment.PlanStatus);
        Assert.Equal(3, commitment.Milestones.Count);
        Assert.Equal(5, commitment.Progress.Count);
        Assert.Contains(commitment.Progress, p => p.Evidence.Count > 0);
        Assert.NotNull(commitment.CurrentLevel);
        var assessed = 0;
        foreach (var item in plan.Commitments)
        {
            assessed += (await Portal.QueryAsync(new Web.Features.Commitments.Details.Query(item.OgpId)))!.Irm is null ? 0 : 1;
        }

        Assert.Equal(2, assessed);
    }
}
