using CoCreation.Web.Features.Admin.Accounts;
using CoCreation.Web.Infrastructure.Identity;

namespace CoCreation.Web.Tests.Features.Admin;

public sealed class AuditTests(WebFixture portal) : PortalTest(portal)
{
    [Fact]
    public async Task The_trail_pages_newest_first_and_filters_by_entity()
    {
        var (_, admin) = await Portal.CreateUserAsync("admin@example.org", roles: Roles.Administrator);
        var (user, _) = await Portal.CreateUserAsync("someone@example.org");
        var (other, _) = await Portal.CreateUserAsync("other@example.org");
        for (var i = 0; i < 60; i++)
        {
            await Portal.SendAsync(new SetLockout.Command(user.Id, Locked: i % 2 == 0), admin);
        }

        await Portal.SendAsync(new SetLockout.Command(other.Id, Locked: true), admin);

        var first = await Portal.SendAsUserAsync(new Web.Features.Admin.Audit.Query(), admin);
        Assert.Equal(Web.Features.Admin.Audit.PageSize, first.Entries.Count);
        Assert.Equal("account.locked", first.Entries[0].Action);
        Assert.True(first.Entries.Zip(first.Entries.Skip(1)).All(pair => pair.First.Id > pair.Second.Id));
        var second = await Portal.SendAsUserAsync(new Web.Features.Admin.Audit.Query { Before = first.NextBefore }, admin);
        Assert.Equal(61 - Web.Features.Admin.Audit.PageSize, second.Entries.Count);
        Assert.Null(second.NextBefore);
        Assert.Empty(first.Entries.Select(e => e.Id).Intersect(second.Entries.Select(e => e.Id)));

        var filtered = await Portal.SendAsUserAsync(
            new Web.Features.Admin.Audit.Query { EntityType = "Account", EntityId = other.Id.ToString() },
            admin
        );
        Assert.Equal("account.locked", Assert.Single(filtered.Entries).Action);
        var missed = await Portal.SendAsUserAsync(
            new Web.Features.Admin.Audit.Query { EntityType = "Account", EntityId = Guid.NewGuid().ToString() },
            admin
        );
        Assert.Empty(missed.Entries);
    }
}
