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
        for (var i = 0; i < 30; i++)
        {
            await Portal.SendAsync(new SetLockout.Command(user.Id, Locked: i % 2 == 0), admin);
        }

        var first = await Portal.QueryAsync(new Web.Features.Admin.Audit.Query());
        Assert.Equal(30, first.Entries.Count);
        Assert.Null(first.NextBefore);
        Assert.Equal("account.unlocked", first.Entries[0].Action);
        Assert.True(first.Entries.Zip(first.Entries.Skip(1)).All(pair => pair.First.Id > pair.Second.Id));

        var filtered = await Portal.QueryAsync(new Web.Features.Admin.Audit.Query { EntityType = "Account", EntityId = Guid.NewGuid().ToString() });
        Assert.Empty(filtered.Entries);
    }
}
