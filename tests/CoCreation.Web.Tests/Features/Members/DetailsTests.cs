using CoCreation.Web.Features.Members;

namespace CoCreation.Web.Tests.Features.Members;

public sealed class DetailsTests(WebFixture portal) : PortalTest(portal)
{
    [Fact]
    public async Task A_member_page_lists_the_campaigns_it_takes_part_in_whatever_the_case_of_the_code()
    {
        await Scenario.LoadCampaignAsync(Portal);

        var member = await Portal.QueryAsync(new Details.Query("ar"));

        Assert.NotNull(member);
        Assert.Equal("Argentine", member.Name.In("fr"));
        Assert.Equal("global-cocreation-week-2017", Assert.Single(member.Campaigns).Slug);
    }

    [Fact]
    public async Task An_unknown_code_finds_nothing()
    {
        Assert.Null(await Portal.QueryAsync(new Details.Query("XX")));
    }
}
