using CoCreation.Web.Data.Seed;
using CoCreation.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CoCreation.Web.Data;

/// <summary>
/// Before the portal takes requests: apply migrations (safe to re-run, and EF serializes concurrent
/// instances with a lock), make sure the roles and the configured first administrator exist, load the
/// demo campaign into an empty database when asked to in Development, and refuse to serve anywhere else
/// while a demo account (whose password the README publishes) can still sign in.
/// </summary>
public static class DatabaseStartup
{
    private static readonly TimeSpan MigrationCommandTimeout = TimeSpan.FromMinutes(30);

    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var options = services.GetRequiredService<IOptions<PortalOptions>>().Value;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseStartup));
        var db = services.GetRequiredService<PortalDbContext>();

        if (options.MigrateOnStartup)
        {
            // A migration that fills a new column rewrites every row of its table: on a portal with hundreds of thousands
            // of submissions that takes minutes, not the 30 s a request's command may (the bench's 300 000 timed out).
            db.Database.SetCommandTimeout(MigrationCommandTimeout);
            await db.Database.MigrateAsync();
            db.Database.SetCommandTimeout(null);
        }

        await EnsureRolesAsync(services.GetRequiredService<RoleManager<IdentityRole<Guid>>>());
        await EnsureAdministratorAsync(services, options, logger);

        if (options.CloseDemoAccounts)
        {
            await CloseDemoAccountsAsync(services, logger);
        }

        if (!app.Environment.IsDevelopment())
        {
            if (options.SeedDemoData)
            {
                logger.LogWarning(
                    "Portal:SeedDemoData is ignored in the {Environment} environment: demo data loads in Development only",
                    app.Environment.EnvironmentName
                );
            }

            await RefuseOpenDemoAccountsAsync(db, app.Environment.EnvironmentName, logger);
            return;
        }

        if (options.SeedDemoData)
        {
            var loaded = await services.GetRequiredService<DemoData>().LoadIfEmptyAsync(CancellationToken.None);
            if (loaded)
            {
                logger.LogInformation("Loaded the Global Co-creation Week demo data");
            }

            PrintDemoAccounts();
        }
    }

    /// <summary>Demo accounts that can still sign in: on the demo domain and with a password.</summary>
    private static IQueryable<PortalUser> OpenDemoAccounts(PortalDbContext db) =>
        db.Users.Where(u => u.NormalizedEmail!.EndsWith("@" + DemoData.AccountDomain.ToUpperInvariant()) && u.PasswordHash != null);

    private static async Task RefuseOpenDemoAccountsAsync(PortalDbContext db, string environment, ILogger logger)
    {
        var open = await OpenDemoAccounts(db).CountAsync();
        if (open == 0)
        {
            return;
        }

        logger.LogCritical(
            "The database holds {Count} demo accounts (@{Domain}) whose password is published; "
                + "the portal refuses to serve them in the {Environment} environment. "
                + "Start once with Portal__CloseDemoAccounts=true to close them "
                + "(their passwords and roles are removed, their records stay), or use a database without the demo data",
            open,
            DemoData.AccountDomain,
            environment
        );
        throw new InvalidOperationException(
            $"{open} demo accounts (@{DemoData.AccountDomain}) can sign in with the published demo password; "
                + $"refusing to start in {environment}. "
                + "Start once with Portal__CloseDemoAccounts=true to close them."
        );
    }

    /// <summary>Closes the demo accounts for good: no password, no role, locked; what they did stays on record.</summary>
    private static async Task CloseDemoAccountsAsync(IServiceProvider services, ILogger logger)
    {
        var users = services.GetRequiredService<UserManager<PortalUser>>();
        var ids = await OpenDemoAccounts(services.GetRequiredService<PortalDbContext>()).Select(u => u.Id).ToListAsync();
        foreach (var id in ids)
        {
            var user = await users.FindByIdAsync(id.ToString());
            if (user is null)
            {
                continue;
            }

            var roles = await users.GetRolesAsync(user);
            await users.RemoveFromRolesAsync(user, roles);
            await users.RemovePasswordAsync(user);
            await users.SetLockoutEnabledAsync(user, true);
            await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
            services
                .GetRequiredService<Infrastructure.Audit.AuditTrail>()
                .Record(
                    "account.demo-closed",
                    "Account",
                    user.Id.ToString(),
                    new { Roles = roles },
                    new { Roles = Array.Empty<string>(), Source = "configuration" }
                );
        }

        await services.GetRequiredService<PortalDbContext>().SaveChangesAsync();
        logger.LogWarning("Closed {Count} demo accounts (Portal:CloseDemoAccounts)", ids.Count);
    }

    public static async Task EnsureRolesAsync(RoleManager<IdentityRole<Guid>> roles)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole<Guid>(role));
            }
        }
    }

    private static async Task EnsureAdministratorAsync(IServiceProvider services, PortalOptions options, ILogger logger)
    {
        var email = options.Administrator.Email;
        if (string.IsNullOrWhiteSpace(email))
        {
            return;
        }

        var users = services.GetRequiredService<UserManager<PortalUser>>();
        var user = await users.FindByEmailAsync(email);
        if (user is not null)
        {
            // Only ever created from configuration, never promoted: whoever registered that address
            // first (a typo, a former colleague, an attacker who guessed it) must not become administrator.
            if (!await users.IsInRoleAsync(user, Roles.Administrator))
            {
                logger.LogCritical(
                    "Portal:Administrator:Email names an existing account {UserId} that is not an administrator; it is not promoted. "
                        + "Choose another address, or have an administrator give that account the role",
                    user.Id
                );
                throw new InvalidOperationException(
                    "Portal:Administrator:Email names an existing account that is not an administrator; the portal does not promote it. "
                        + "Configure an address that has no account yet, or give the role from the accounts page."
                );
            }

            return;
        }

        if (string.IsNullOrEmpty(options.Administrator.Password))
        {
            logger.LogWarning("Portal:Administrator:Email is set without Portal:Administrator:Password; no administrator created");
            return;
        }

        user = new PortalUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = email,
            CreatedAt = services.GetRequiredService<TimeProvider>().GetUtcNow(),
        };
        var created = await users.CreateAsync(user, options.Administrator.Password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException(
                "The configured administrator password is refused: " + string.Join(" ", created.Errors.Select(e => e.Description))
            );
        }

        logger.LogInformation("Created the configured administrator account {UserId}", user.Id);
        AuditStartup(services, "account.created-from-configuration", user.Id);
        await users.AddToRoleAsync(user, Roles.Administrator);
        AuditStartup(services, "account.roles-changed", user.Id);
        await services.GetRequiredService<PortalDbContext>().SaveChangesAsync();
    }

    private static void AuditStartup(IServiceProvider services, string action, Guid userId) =>
        services
            .GetRequiredService<Infrastructure.Audit.AuditTrail>()
            .Record(action, "Account", userId.ToString(), null, new { Roles = new[] { Roles.Administrator }, Source = "configuration" });

    private static void PrintDemoAccounts()
    {
        // Printed to the console (not the log) so ./run.sh shows it to the person who started the portal.
        Console.WriteLine();
        Console.WriteLine("Demo accounts (password for all: " + DemoData.DemoPassword + "):");
        foreach (var account in DemoData.Accounts)
        {
            Console.WriteLine($"  {account.Role.PadRight(20)} {account.Email}");
        }

        Console.WriteLine();
    }
}
