using CoCreation.Web.Data.Seed;
using CoCreation.Web.Infrastructure;
using CoCreation.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoCreation.Web.Data;

/// <summary>
/// Before the portal takes requests: apply migrations (safe to re-run, and EF serializes concurrent
/// instances with a lock), make sure the roles and the configured first administrator exist, and load
/// the demo campaign into an empty database outside Production.
/// </summary>
public static class DatabaseStartup
{
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var options = services.GetRequiredService<IOptions<PortalOptions>>().Value;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseStartup));
        var db = services.GetRequiredService<PortalDbContext>();

        if (options.MigrateOnStartup)
        {
            await db.Database.MigrateAsync();
        }

        await EnsureRolesAsync(services.GetRequiredService<RoleManager<IdentityRole<Guid>>>());
        await EnsureAdministratorAsync(services, options, logger);

        if (options.SeedDemoData && !app.Environment.IsProduction())
        {
            var loaded = await services.GetRequiredService<DemoData>().LoadIfEmptyAsync(CancellationToken.None);
            if (loaded)
            {
                logger.LogInformation("Loaded the Global Co-creation Week demo data");
            }

            PrintDemoAccounts();
        }
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
        if (user is null)
        {
            if (string.IsNullOrEmpty(options.Administrator.Password))
            {
                logger.LogWarning("Portal:Administrator:Email is set without Portal:Administrator:Password; no administrator created");
                return;
            }

            user = new PortalUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = email, CreatedAt = services.GetRequiredService<TimeProvider>().GetUtcNow() };
            var created = await users.CreateAsync(user, options.Administrator.Password);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException("The configured administrator password is refused: " + string.Join(" ", created.Errors.Select(e => e.Description)));
            }

            logger.LogInformation("Created the configured administrator account {UserId}", user.Id);
            AuditStartup(services, "account.created-from-configuration", user.Id);
        }

        if (!await users.IsInRoleAsync(user, Roles.Administrator))
        {
            await users.AddToRoleAsync(user, Roles.Administrator);
            AuditStartup(services, "account.roles-changed", user.Id);
        }

        await services.GetRequiredService<PortalDbContext>().SaveChangesAsync();
    }

    private static void AuditStartup(IServiceProvider services, string action, Guid userId) =>
        services.GetRequiredService<Infrastructure.Audit.AuditTrail>().Record(action, "Account", userId.ToString(), null, new { Roles = new[] { Roles.Administrator }, Source = "configuration" });

    private static void PrintDemoAccounts()
    {
        // Printed to the console (not the log) so ./run.sh shows it to the person who started the portal.
        Console.WriteLine();
        Console.WriteLine("Demo accounts (password for all: " + DemoData.DemoPassword + "):");
        foreach (var account in DemoData.Accounts)
        {
            Console.WriteLine($"  {account.Role,-20} {account.Email}");
        }

        Console.WriteLine();
    }
}
