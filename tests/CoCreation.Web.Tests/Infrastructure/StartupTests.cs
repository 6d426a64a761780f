using CoCreation.Testing;
using CoCreation.Web.Data;
using CoCreation.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoCreation.Web.Tests.Infrastructure;

public sealed class StartupTests(WebFixture portal) : PortalTest(portal)
{
    [Fact]
    public async Task The_first_administrator_comes_from_configuration_and_a_restart_does_not_duplicate_it()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Portal:Administrator:Email"] = "operator@ogp.example",
            ["Portal:Administrator:Password"] = "sunrise over the andes 2017",
        };
        for (var start = 0; start < 2; start++)
        {
            await using var factory = new PortalFactory(Portal.Database.ConnectionString, Portal.Smtp.Port, settings);
            _ = factory.Server;
        }

        await using var scope = Portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var admin = await users.FindByEmailAsync("operator@ogp.example");
        Assert.NotNull(admin);
        Assert.True(admin.EmailConfirmed);
        Assert.Equal([Roles.Administrator], await users.GetRolesAsync(admin));
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Users.CountAsync());
    }

    [Theory]
    [InlineData("Development", 16)]
    [InlineData("Production", 0)]
    public async Task Demo_accounts_and_submissions_exist_only_outside_production(string environment, int expectedAccounts)
    {
        await using var factory = new PortalFactory(Portal.Database.ConnectionString, Portal.Smtp.Port, new Dictionary<string, string?>
        {
            ["Portal:SeedDemoData"] = "true",
            ["environment"] = environment,
        });
        _ = factory.Server;

        var accounts = await Portal.WithDbAsync(db => db.Users.Select(u => u.Email!).ToListAsync());
        Assert.Equal(expectedAccounts, accounts.Count);
        if (expectedAccounts > 0)
        {
            Assert.Contains("official@demo.cocreation.example", accounts);
            Assert.Equal(30, await Portal.WithDbAsync(db => db.Members.CountAsync()));
            Assert.Equal(2, await Portal.WithDbAsync(db => db.OfficialAssignments.CountAsync()));
            Assert.Equal(12, accounts.Count(a => a.StartsWith("author", StringComparison.Ordinal)));

            // A few hundred example submissions in three languages, in every state of the life cycle.
            var states = await Portal.WithDbAsync(db => db.Submissions.GroupBy(s => s.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync());
            Assert.Equal(Enum.GetValues<Domain.Submissions.SubmissionStatus>().Order(), states.Select(s => s.Key).Order());
            Assert.Equal(300, states.Sum(s => s.Count));
            Assert.Equal(3, await Portal.WithDbAsync(db => db.Submissions.Select(s => s.Language).Distinct().CountAsync()));
            Assert.Equal(30, await Portal.WithDbAsync(db => db.Submissions.Select(s => s.MemberId).Distinct().CountAsync()));
            Assert.True(await Portal.WithDbAsync(db => db.Set<Domain.Submissions.SubmissionCommitment>().AnyAsync()));
        }
    }

    [Fact]
    public async Task Data_protection_keys_are_kept_in_postgres_so_instances_share_cookies()
    {
        using var browser = Portal.CreateClient();
        await browser.GetAsync("/account/sign-in");

        Assert.True(await Portal.WithDbAsync(db => db.DataProtectionKeys.AnyAsync()));
    }
}
