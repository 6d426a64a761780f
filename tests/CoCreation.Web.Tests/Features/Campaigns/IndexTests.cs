using Index = CoCreation.Web.Features.Campaigns.Index;

namespace CoCreation.Web.Tests.Features.Campaigns;

public sealed class IndexTests(WebFixture portal) : PortalTest(portal)
{
    [Fact]
    public async Task Campaigns_are_listed_newest_first_with_their_participant_counts()
    {
        await Scenario.LoadCampaignAsync(Portal);
        await Portal.SendAsync(
            CoCreation.Web.Tests.Features.Campaigns.DetailsTests.NewCampaign("next-year", new DateOnly(2018, 3, 26)),
            CoCreation.Web.Tests.Features.Campaigns.DetailsTests.Admin()
        );

        var campaigns = (await Portal.QueryAsync(new Index.Query())).Items;

        Assert.Equal(["next-year", "global-cocreation-week-2017"], campaigns.Select(c => c.Slug));
        Assert.Equal([0, 30], campaigns.Select(c => c.ParticipantCount));
    }
}
