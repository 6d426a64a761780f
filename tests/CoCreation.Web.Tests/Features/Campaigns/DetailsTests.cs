using CoCreation.Domain.Campaigns;
using CoCreation.Domain.Common;
using CoCreation.Web.Features.Campaigns;

namespace CoCreation.Web.Tests.Features.Campaigns;

public sealed class DetailsTests(WebFixture portal) : PortalTest(portal)
{
    [Fact]
    public async Task The_seeded_week_has_its_dates_hashtags_and_30_members_of_which_the_starred_are_new()
    {
        await Scenario.LoadCampaignAsync(Portal);

        var campaign = await Portal.QueryAsync(new Details.Query());

        Assert.NotNull(campaign);
        Assert.Equal(new DateOnly(2017, 3, 27), campaign.StartsOn);
        Assert.Equal(new DateOnly(2017, 3, 30), campaign.EndsOn);
        Assert.Equal(["#OGPcocreate", "#myNAPask"], campaign.Hashtags);
        Assert.Equal(30, campaign.Participants.Count);
        Assert.Equal(["AF", "BF", "DE", "JM", "LU", "PK"], campaign.Participants.Where(p => p.IsNewMember).Select(p => p.Code).Order());
        Assert.Equal("Semaine mondiale de la co-création", campaign.Title.In("fr")[..34]);
        Assert.Equal(4, campaign.ByRegion.Count());

        // The opening live on Monday 27 March, then the four regional webinars of 28-29 March, the Americas in
        // Spanish; and one upcoming example webinar, so registration can be tried on the demo.
        Assert.Equal(5, campaign.Events.Count(e => e.StartsAt.Year == 2017));
        Assert.Single(campaign.Events, e => e.StartsAt > DateTimeOffset.UtcNow);
        Assert.Equal(Domain.Events.EventKind.LiveStream, campaign.Events.First(e => e.StartsAt.Day == 27).Kind);
        Assert.Equal("es", campaign.Events.Single(e => e.Region == Domain.Members.Region.Americas).Language);
        Assert.All(campaign.Events.Where(e => e.Kind == Domain.Events.EventKind.Webinar && e.StartsAt.Year == 2017), e =>
            Assert.InRange(e.StartsAt.Day, 28, 29)
        );
        var americas = campaign.Events.Single(e => e.Region == Domain.Members.Region.Americas);
        var local = Web.Infrastructure.Web.EventTime.InZone(americas.StartsAt, americas.TimeZone);
        Assert.Equal(12, local.Hour);
        Assert.Equal(TimeSpan.FromHours(-3), local.Offset);
    }

    [Fact]
    public async Task The_home_page_prefers_a_running_campaign_then_the_next_one_then_the_latest()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await Portal.SendAsync(NewCampaign("over-long-ago", today.AddYears(-3)), Admin());
        await Portal.SendAsync(NewCampaign("over-recently", today.AddMonths(-2)), Admin());
        Assert.Equal("over-recently", (await Portal.QueryAsync(new Details.Query()))!.Slug);

        await Portal.SendAsync(NewCampaign("later", today.AddMonths(6)), Admin());
        await Portal.SendAsync(NewCampaign("soon", today.AddMonths(1)), Admin());
        Assert.Equal("soon", (await Portal.QueryAsync(new Details.Query()))!.Slug);

        await Portal.SendAsync(NewCampaign("now", today.AddDays(-1)), Admin());
        var current = await Portal.QueryAsync(new Details.Query());
        Assert.Equal("now", current!.Slug);
        Assert.Equal(CampaignPhase.Running, current.Phase);
    }

    [Fact]
    public async Task An_unknown_slug_finds_nothing()
    {
        Assert.Null(await Portal.QueryAsync(new Details.Query("no-such-campaign")));
    }

    internal static Create.Command NewCampaign(string slug, DateOnly startsOn) =>
        new()
        {
            Slug = slug,
            Title = new() { En = "Campaign " + slug },
            Summary = new() { En = "Summary" },
            Description = new() { En = "Description" },
            HowToParticipate = new() { En = "Take part" },
            StartsOn = startsOn,
            EndsOn = startsOn.AddDays(3),
            Hashtags = "#OGPcocreate",
        };

    internal static System.Security.Claims.ClaimsPrincipal Admin() =>
        CoCreation.Web.Infrastructure.Identity.CurrentActor.For(
            Guid.NewGuid(),
            "admin@test",
            CoCreation.Web.Infrastructure.Identity.Roles.Administrator
        );
}
