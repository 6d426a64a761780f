using CoCreation.Domain.Members;
using Index = CoCreation.Web.Features.Members.Index;

namespace CoCreation.Web.Tests.Features.Members;

public sealed class IndexTests(WebFixture portal) : PortalTest(portal)
{
    [Fact]
    public async Task Filters_by_region_status_and_new_membership_combine()
    {
        await Scenario.LoadCampaignAsync(Portal);

        var all = await Portal.QueryAsync(new Index.Request(new Index.Query()));
        var americas = await Portal.QueryAsync(new Index.Request(new Index.Query { Region = Region.Americas }));
        var newInAsia = await Portal.QueryAsync(new Index.Request(new Index.Query { Region = Region.AsiaPacific, NewOnly = true }));
        var implementing = await Portal.QueryAsync(new Index.Request(new Index.Query { Status = CycleStatus.Implementing }));

        Assert.Equal(30, all.Total);
        Assert.Equal(["AR", "CO", "CR", "JM", "PA", "PE", "TT", "US"], americas.Items.Select(m => m.Code).Order());
        Assert.Equal(["AF", "PK"], newInAsia.Items.Select(m => m.Code).Order());
        Assert.Empty(implementing.Items);
    }
}
