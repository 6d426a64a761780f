using CoCreation.Web.Data;
using CoCreation.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CoCreation.Web.Tests.Infrastructure;

public sealed class StartupTests(WebFixture portal) : PortalTest(portal)
{
    [Fact]
    public async Task Pooled_connections_skip_the_reset_the_portal_does_not_need_unless_the_operators_connection_string_asks_for_it()
    {
        Assert.True(await NoResetOnCloseAsync(Portal.Services));

        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Portal"] = Portal.Database.ConnectionString + ";No Reset On Close=false",
        };
        await using var factory = Portal.SecondPortal(settings);
        Assert.False(await NoResetOnCloseAsync(factory.Services));

        static async Task<bool> NoResetOnCloseAsync(IServiceProvider services)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            return new Npgsql.NpgsqlConnectionStringBuilder(db.Database.GetConnectionString()).NoResetOnClose;
        }
    }

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
            await using var factory = Portal.SecondPortal(settings);
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

    [Fact]
    public async Task The_configured_administrator_address_never_promotes_an_account_someone_registered_and_the_portal_says_so()
    {
        await Portal.CreateUserAsync("operator@ogp.example", roles: Roles.Participant);
        var settings = new Dictionary<string, string?>
        {
            ["Portal:Administrator:Email"] = "operator@ogp.example",
            ["Portal:Administrator:Password"] = "sunrise over the andes 2017",
        };

        await using var factory = Portal.SecondPortal(settings);
        var refusal = Assert.Throws<InvalidOperationException>(() => factory.Server);
        Assert.Contains("not an administrator", refusal.Message, StringComparison.Ordinal);

        await using var scope = Portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        Assert.Equal([Roles.Participant], await users.GetRolesAsync((await users.FindByEmailAsync("operator@ogp.example"))!));
    }

    [Theory]
    [InlineData("Development", "true", 16)]
    [InlineData("Development", null, 0)]
    [InlineData("Staging", "true", 0)]
    [InlineData("Production", "true", 0)]
    public async Task Demo_accounts_and_submissions_load_only_in_development_and_only_when_asked(
        string environment,
        string? seed,
        int expectedAccounts
    )
    {
        await using var factory = Portal.SecondPortal(
            new Dictionary<string, string?> { ["Portal:SeedDemoData"] = seed, ["environment"] = environment }
        );
        _ = factory.Server;

        var accounts = await Portal.WithDbAsync(db => db.Users.Select(u => u.Email!).ToListAsync());
        Assert.Equal(expectedAccounts, accounts.Count);
        if (expectedAccounts > 0)
        {
            Assert.Contains("official@demo.cocreation.example", accounts);
            // The whole membership of March 2017: 75 countries and the 15 subnational pioneers, each within its country.
            Assert.Equal(90, await Portal.WithDbAsync(db => db.Members.CountAsync()));
            Assert.Equal(75, await Portal.WithDbAsync(db => db.Members.CountAsync(m => m.Kind == Domain.Members.MemberKind.Country)));
            Assert.Equal(
                15,
                await Portal.WithDbAsync(db =>
                    db.Members.CountAsync(m =>
                        m.Kind == Domain.Members.MemberKind.SubnationalEntity
                        && db.Members.Any(p => p.Id == m.ParentId && p.Kind == Domain.Members.MemberKind.Country)
                    )
                )
            );
            Assert.Equal(0, await Portal.WithDbAsync(db => db.Members.CountAsync(m => m.CurrentCycle == null)));
            Assert.Equal(2, await Portal.WithDbAsync(db => db.OfficialAssignments.CountAsync()));
            Assert.Equal(12, accounts.Count(a => a.StartsWith("author", StringComparison.Ordinal)));

            // A few hundred example submissions in every state of the life cycle, mostly in OGP's three working
            // languages and some in the members' own: at least eight published languages, two of them right to left.
            var states = await Portal.WithDbAsync(db =>
                db.Submissions.GroupBy(s => s.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync()
            );
            // Every state of the life cycle but the two that readers' reports lead to: the demo's reported submission waits one
            // report short of hiding, so the public counts the other tests know stay as they are.
            Assert.Equal(
                Enum.GetValues<Domain.Submissions.SubmissionStatus>()
                    .Except([Domain.Submissions.SubmissionStatus.UnderReview, Domain.Submissions.SubmissionStatus.Removed])
                    .Order(),
                states.Select(s => s.Key).Order()
            );
            // 300 examples and the proposal forwarded a month ago that shows the response clock's reminders.
            Assert.Equal(301, states.Sum(s => s.Count));
            var statuses = Domain.Submissions.Submission.PublicStatuses.ToArray();
            var languages = await Portal.WithDbAsync(db =>
                db.Submissions.Where(s => statuses.Contains(s.Status)).Select(s => s.Language).Distinct().ToListAsync()
            );
            Assert.True(languages.Count >= 8, string.Join(", ", languages));
            Assert.True(languages.Count(l => Domain.Common.ContentLanguages.Find(l)!.Rtl) >= 2, string.Join(", ", languages));
            Assert.Equal(30, await Portal.WithDbAsync(db => db.Submissions.Select(s => s.MemberId).Distinct().CountAsync()));
            Assert.True(await Portal.WithDbAsync(db => db.Set<Domain.Submissions.SubmissionCommitment>().AnyAsync()));

            // Most were sent during the Week and belong to it; every one names the cycle it is about.
            var inWeek = await Portal.WithDbAsync(db => db.Submissions.CountAsync(s => s.CampaignId != null));
            Assert.InRange(inWeek, 150, 250);
            Assert.Equal(0, await Portal.WithDbAsync(db => db.Submissions.CountAsync(s => s.Cycle == null)));
        }
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public async Task Outside_development_the_portal_refuses_to_start_while_a_demo_account_can_sign_in_until_they_are_closed(
        string environment
    )
    {
        await using (
            var demo = Portal.SecondPortal(
                new Dictionary<string, string?> { ["Portal:SeedDemoData"] = "true", ["environment"] = "Development" }
            )
        )
        {
            _ = demo.Server;
        }

        await using (var server = Portal.SecondPortal(new Dictionary<string, string?> { ["environment"] = environment }))
        {
            var refusal = Assert.Throws<InvalidOperationException>(() => server.Server);
            Assert.Contains("Portal__CloseDemoAccounts=true", refusal.Message, StringComparison.Ordinal);
        }

        await using var closing = Portal.SecondPortal(
            new Dictionary<string, string?> { ["environment"] = environment, ["Portal:CloseDemoAccounts"] = "true" }
        );
        using var browser = closing.CreatePortalClient();
        var refused = await browser.SignInAsync("admin@demo.cocreation.example", Data.Seed.DemoData.DemoPassword);
        Assert.Equal("/account/sign-in", browser.AddressOf(refused).AbsolutePath);
        Assert.Null(refused.QuerySelector("header form[action='/account/sign-out']"));

        // Their records stay; they can no longer sign in, and hold no role.
        Assert.Equal(
            16,
            await Portal.WithDbAsync(db =>
                db.Users.CountAsync(u => u.Email!.EndsWith("@demo.cocreation.example") && u.PasswordHash == null)
            )
        );
        Assert.False(await Portal.WithDbAsync(db => db.UserRoles.AnyAsync()));
        Assert.Equal(16, await Portal.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == "account.demo-closed")));
    }

    [Fact]
    public async Task Data_protection_keys_are_kept_in_postgres_so_instances_share_cookies()
    {
        // The keys table is kept between tests and runs: empty it, then a new instance must write its key
        // there (not to a local folder) and sign people in with it.
        await Portal.WithDbAsync(db => db.DataProtectionKeys.ExecuteDeleteAsync());
        Assert.Equal(0, await Portal.WithDbAsync(db => db.DataProtectionKeys.CountAsync()));
        await Portal.CreateUserAsync("amina@example.org", roles: Roles.Participant);

        await using var fresh = Portal.SecondPortal();
        using var browser = fresh.CreatePortalClient();
        var home = await browser.SignInAsync("amina@example.org");
        Assert.NotNull(home.QuerySelector("header form[action='/account/sign-out']"));

        Assert.Equal(1, await Portal.WithDbAsync(db => db.DataProtectionKeys.CountAsync()));
    }
}
