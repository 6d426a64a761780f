using CoCreation.Domain.Common;
using CoCreation.Web.Features.Campaigns;
using CoCreation.Web.Infrastructure.Identity;
using CoCreation.Web.Infrastructure.Mediator;

namespace CoCreation.Web.Tests.Features.Campaigns;

public sealed class CreateTests(WebFixture portal) : PortalTest(portal)
{
    [Fact]
    public async Task A_campaign_is_created_with_its_members_and_normalized_hashtags_and_audited()
    {
        await Scenario.LoadCampaignAsync(Portal);
        var (_, staff) = await Portal.CreateUserAsync("support@test.org", roles: Roles.SupportUnit);
        var command = DetailsTests.NewCampaign("open-data-week", new DateOnly(2030, 5, 4));
        command.Hashtags = "OGPcocreate, #myNAPask #ogpcocreate";
        command.MemberCodes = ["ar", "FR", "XX"];

        var slug = await Portal.SendAsync(command, staff);

        var campaign = await Portal.QueryAsync(new Details.Query(slug));
        Assert.Equal(["#OGPcocreate", "#myNAPask"], campaign!.Hashtags);
        Assert.Equal(["AR", "FR"], campaign.Participants.Select(p => p.Code).Order());
        var audit = await Portal.WithDbAsync(db => db.AuditEntries.SingleAsync());
        Assert.Equal(("campaign.created", "open-data-week"), (audit.Action, audit.EntityId));
    }

    [Fact]
    public async Task The_last_day_before_the_first_and_a_taken_slug_are_refused()
    {
        var (_, staff) = await Portal.CreateUserAsync("support@test.org", roles: Roles.SupportUnit);
        var backwards = DetailsTests.NewCampaign("backwards", new DateOnly(2030, 5, 4));
        backwards.EndsOn = backwards.StartsOn.AddDays(-1);

        var refused = await Assert.ThrowsAsync<InputException>(() => Portal.SendAsync(backwards, staff));
        Assert.Contains("EndsOn", refused.Errors.Keys);

        await Portal.SendAsync(DetailsTests.NewCampaign("taken", new DateOnly(2030, 5, 4)), staff);
        var duplicate = await Assert.ThrowsAsync<InputException>(() =>
            Portal.SendAsync(DetailsTests.NewCampaign("taken", new DateOnly(2031, 5, 4)), staff)
        );
        Assert.Contains("Slug", duplicate.Errors.Keys);
        Assert.Equal(1, await Portal.WithDbAsync(db => db.Campaigns.CountAsync()));
    }

    [Fact]
    public async Task A_hashtag_with_spaces_or_symbols_is_a_domain_refusal()
    {
        var command = DetailsTests.NewCampaign("bad-tags", new DateOnly(2030, 5, 4));
        command.Hashtags = "#good #bad-tag";

        var refused = await Assert.ThrowsAsync<DomainException>(() => Portal.SendAsync(command, DetailsTests.Admin()));

        Assert.Equal("Domain.Campaign.HashtagInvalid", refused.Code);
    }
}
