using CoCreation.Domain.Common;
using CoCreation.Web.Features.Admin.Accounts;
using CoCreation.Web.Infrastructure.Identity;
using CoCreation.Web.Infrastructure.Mediator;
using Npgsql;

namespace CoCreation.Web.Tests.Features.Admin;

public sealed class SetRolesTests(WebFixture portal) : PortalTest(portal)
{
    [Fact]
    public async Task An_administrator_makes_a_participant_an_official_for_two_members_and_each_change_is_audited()
    {
        await Scenario.LoadCampaignAsync(Portal);
        var (_, admin) = await Portal.CreateUserAsync("admin@example.org", roles: Roles.Administrator);
        var (user, _) = await Portal.CreateUserAsync("olga@example.org", roles: Roles.Participant);

        await Portal.SendAsync(new SetRoles.Command(user.Id, [Roles.Participant, Roles.GovernmentOfficial]), admin);
        await Portal.SendAsync(new AssignMembers.Command(user.Id, ["ar", "CO"]), admin);

        var account = await Portal.SendAsUserAsync(new Details.Query(user.Id), admin);
        Assert.Equal([Roles.GovernmentOfficial, Roles.Participant], account!.Roles.Order());
        Assert.Equal(["AR", "CO"], account.MemberCodes.Order());
        var actions = await Portal.WithDbAsync(db =>
            db.AuditEntries.OrderBy(a => a.Id).Select(a => a.Action + " by " + a.ActorName).ToListAsync()
        );
        Assert.Equal(["account.roles-changed by admin@example.org", "account.members-assigned by admin@example.org"], actions);

        var found = await Portal.SendAsUserAsync(new Web.Features.Admin.Accounts.Index.Query { Role = Roles.GovernmentOfficial }, admin);
        Assert.Equal("olga@example.org", Assert.Single(found.Accounts).Email);
    }

    [Fact]
    public async Task Unknown_roles_are_refused_and_an_administrator_cannot_drop_their_own_role()
    {
        var (adminUser, admin) = await Portal.CreateUserAsync("admin@example.org", roles: Roles.Administrator);

        await Assert.ThrowsAsync<InputException>(() => Portal.SendAsync(new SetRoles.Command(adminUser.Id, ["Emperor"]), admin));
        var refused = await Assert.ThrowsAsync<DomainException>(() =>
            Portal.SendAsync(new SetRoles.Command(adminUser.Id, [Roles.SupportUnit]), admin)
        );

        Assert.Equal("Domain.Account.CannotDropOwnAdministrator", refused.Code);
        Assert.Equal([Roles.Administrator], (await Portal.SendAsUserAsync(new Details.Query(adminUser.Id), admin))!.Roles);
    }

    [Fact]
    public async Task Locking_and_unlocking_are_audited_and_an_administrator_cannot_lock_themselves()
    {
        var (adminUser, admin) = await Portal.CreateUserAsync("admin@example.org", roles: Roles.Administrator);
        var (user, _) = await Portal.CreateUserAsync("spammer@example.org");

        await Portal.SendAsync(new SetLockout.Command(user.Id, Locked: true), admin);
        Assert.True((await Portal.SendAsUserAsync(new Details.Query(user.Id), admin))!.LockoutEnd > DateTimeOffset.UtcNow.AddYears(100));
        await Portal.SendAsync(new SetLockout.Command(user.Id, Locked: false), admin);
        Assert.Null((await Portal.SendAsUserAsync(new Details.Query(user.Id), admin))!.LockoutEnd);
        Assert.Equal(
            "Domain.Account.CannotLockSelf",
            (
                await Assert.ThrowsAsync<DomainException>(() => Portal.SendAsync(new SetLockout.Command(adminUser.Id, Locked: true), admin))
            ).Code
        );

        Assert.Equal(["account.locked", "account.unlocked"], await Audited.ActionsAsync(Portal));
    }

    [Fact]
    public async Task The_audit_trail_cannot_be_changed_or_deleted_even_with_direct_sql()
    {
        var (user, admin) = await Portal.CreateUserAsync("admin@example.org", roles: Roles.Administrator);
        var (other, _) = await Portal.CreateUserAsync("someone@example.org");
        await Portal.SendAsync(new SetLockout.Command(other.Id, Locked: true), admin);

        await using var connection = new NpgsqlConnection(Portal.Database.ConnectionString);
        await connection.OpenAsync();
        await using var update = new NpgsqlCommand("UPDATE audit_entries SET actor_name = 'nobody'", connection);
        await using var delete = new NpgsqlCommand("DELETE FROM audit_entries", connection);

        Assert.Contains(
            "append-only",
            (await Assert.ThrowsAsync<PostgresException>(() => update.ExecuteNonQueryAsync())).MessageText,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "append-only",
            (await Assert.ThrowsAsync<PostgresException>(() => delete.ExecuteNonQueryAsync())).MessageText,
            StringComparison.Ordinal
        );
        Assert.Equal("admin@example.org", await Portal.WithDbAsync(db => db.AuditEntries.Select(a => a.ActorName).SingleAsync()));
        Assert.Equal(user.Id.ToString(), await Portal.WithDbAsync(db => db.AuditEntries.Select(a => a.ActorId.ToString()).SingleAsync()));
    }

    [Fact]
    public async Task Taking_the_official_role_away_also_ends_the_member_assignments()
    {
        await Scenario.LoadCampaignAsync(Portal);
        var (_, admin) = await Portal.CreateUserAsync("admin@example.org", roles: Roles.Administrator);
        var (user, _) = await Portal.CreateUserAsync("olga@example.org", roles: Roles.GovernmentOfficial);
        await Portal.SendAsync(new AssignMembers.Command(user.Id, ["AR"]), admin);

        await Portal.SendAsync(new SetRoles.Command(user.Id, [Roles.Participant]), admin);

        Assert.Empty((await Portal.SendAsUserAsync(new Details.Query(user.Id), admin))!.MemberCodes);
    }

    [Fact]
    public async Task An_administrators_lock_survives_a_password_reset_request()
    {
        var (_, admin) = await Portal.CreateUserAsync("admin@example.org", roles: Roles.Administrator);
        var (user, _) = await Portal.CreateUserAsync("spammer@example.org");
        await Portal.SendAsync(new SetLockout.Command(user.Id, Locked: true), admin);

        await Portal.SendAsync(new Web.Features.Account.ForgotPassword.Command { Email = "spammer@example.org" });
        Assert.False(await Portal.WithDbAsync(db => db.OutboxMessages.AnyAsync(m => m.To == "spammer@example.org")));
        Assert.True((await Portal.SendAsUserAsync(new Details.Query(user.Id), admin))!.IsLocked);
    }
}
