using CoCreation.Domain.ActionPlans;
using CoCreation.Domain.Timelines;
using Microsoft.Extensions.DependencyInjection;

namespace CoCreation.Web.Tests.Infrastructure;

public sealed class DemoTimelinesTests(WebFixture portal) : PortalTest(portal)
{
    [Fact]
    public async Task The_demo_shows_timelines_on_time_one_late_one_draft_and_published_plans_with_commitments()
    {
        await using (var scope = Portal.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<Web.Data.Seed.DemoData>().LoadIfEmptyAsync(CancellationToken.None));
        }

        var argentina = (await Portal.QueryAsync(new Web.Features.Timelines.Details.Query("ar")))!.Timeline!;
        Assert.Equal(TwoWeeksResult.Met, argentina.Check.Result);
        Assert.Equal(5, argentina.Activities.Count());
        Assert.Equal([TimelineChange.SummaryAdded, TimelineChange.ActivityChanged], argentina.Revisions.Select(r => r.Change));
        Assert.Equal(TwoWeeksResult.NotMet, (await Portal.QueryAsync(new Web.Features.Timelines.Details.Query("ph")))!.Timeline!.Check.Result);
        Assert.Null((await Portal.QueryAsync(new Web.Features.Timelines.Details.Query("es")))!.Timeline);

        var campaign = await Portal.QueryAsync(new Web.Features.Timelines.CampaignTimelines.Query("global-cocreation-week-2017"));
        Assert.Equal(["AR", "CO", "FR", "PH"], campaign.Published.Select(p => p.Code));
        Assert.Equal(26, campaign.NotPublished.Count);

        var plan = (await Portal.QueryAsync(new Web.Features.ActionPlans.Details.Query("ar", "2017-2019")))!;
        Assert.NotNull(plan.PublishedAt);
        Assert.Equal(5, plan.Commitments.Count);
        Assert.Contains(plan.Commitments, c => c.Submissions > 0);
        var commitment = (await Portal.QueryAsync(new Web.Features.Commitments.Details.Query(plan.Commitments[0].OgpId)))!;
        Assert.NotNull(commitment.Problem);
        Assert.NotEmpty(commitment.OgpValues);
        Assert.Equal(PlanStatus.CoCreation, commitment.PlanStatus);
    }
}
