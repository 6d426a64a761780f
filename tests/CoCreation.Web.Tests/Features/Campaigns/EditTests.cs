using CoCreation.Web.Features.Campaigns;
using CoCreation.Web.Infrastructure.Identity;

namespace CoCreation.Web.Tests.Features.Campaigns;

public sealed class EditTests(WebFixture portal) : PortalTest(portal)
{
    [Fact]
    public async Task Editing_the_week_changes_texts_and_participants_and_is_audited()
    {
        await Scenario.LoadCampaignAsync(Portal);
        var (_, staff) = await Portal.CreateUserAsync("support@test.org", roles: Roles.SupportUnit);

        var form = await Portal.SendAsUserAsync(new Edit.Query("global-cocreation-week-2017"), staff);
        Assert.NotNull(form);
        Assert.Equal(30, form.MemberCodes.Count);
        form.MemberCodes.Remove("US");
        var changed = await Portal.SendAsync(form with { Title = form.Title with { Es = "Semana de la cocreación" } }, staff);

        Assert.True(changed);
        var campaign = await Portal.QueryAsync(new Details.Query());
        Assert.Equal(29, campaign!.Participants.Count);
        Assert.Equal("Semana de la cocreación", campaign.Title.In("es"));
        var audit = await Portal.WithDbAsync(db => db.AuditEntries.SingleAsync());
        Assert.Equal("campaign.updated", audit.Action);
    }
}
