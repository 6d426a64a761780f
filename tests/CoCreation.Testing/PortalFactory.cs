using System.Net;
using System.Security.Claims;
using CoCreation.Web.Infrastructure.Identity;
using Mediator;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CoCreation.Testing;

/// <summary>The real portal (Program) on the test database and the test SMTP server.</summary>
public sealed class PortalFactory(string connectionString, int smtpPort, IReadOnlyDictionary<string, string?>? settings = null)
    : WebApplicationFactory<Program>
{
    /// <summary>
    /// The clock the portal reads (sessions, emailed links, the outbox) instead of the system's: a test
    /// moves a FakeTimeProvider across an expiry rather than waiting for it.
    /// </summary>
    public TimeProvider? Clock { get; init; }

    /// <summary>A client signed in through the real sign-in form.</summary>
    public async Task<PortalClient> SignedInClientAsync(string email, string password = TestAccounts.Password, bool followRedirects = true)
    {
        var client = this.CreatePortalClient(followRedirects);
        await client.SignInAsync(email, password);
        return client;
    }

    /// <summary>Sends a command through the portal's mediator, as <paramref name="actor"/> when given.</summary>
    public async Task<T> SendAsync<T>(ICommand<T> command, ClaimsPrincipal? actor = null)
    {
        await using var scope = Services.CreateAsyncScope();
        if (actor is not null)
        {
            scope.ServiceProvider.GetRequiredService<CurrentActor>().ActAs(actor);
        }

        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(command);
    }

    public async Task SendAsync(ICommand command, ClaimsPrincipal? actor = null)
    {
        await using var scope = Services.CreateAsyncScope();
        if (actor is not null)
        {
            scope.ServiceProvider.GetRequiredService<CurrentActor>().ActAs(actor);
        }

        await scope.ServiceProvider.GetRequiredService<ISender>().Send(command);
    }

    /// <summary>Serves on a real loopback port (for the browser) instead of the in-memory test server.</summary>
    public Uri StartOnLoopback()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // Outside Development the build's compressed assets (obj/compressed) are found only through this map.
        builder.UseStaticWebAssets();
        var defaults = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Portal"] = connectionString,
            ["Portal:SeedDemoData"] = "false",
            ["Portal:PublicBaseUrl"] = "https://localhost",
            ["Portal:Session:RevalidationInterval"] = "00:00:00",
            ["Portal:RateLimits:AccountPermitLimit"] = "100000",
            ["Portal:RateLimits:ContributionPermitLimit"] = "100000",
            ["Portal:RateLimits:ContributionPerAddressPermitLimit"] = "100000",
            ["Portal:RateLimits:PostsPerAddressPerMinute"] = "100000",
            ["Portal:RateLimits:OpenDataPermitLimit"] = "100000",
            ["Portal:RateLimits:DownloadPermitLimit"] = "100000",
            ["Portal:RateLimits:TranslationPermitLimit"] = "100000",
            ["Email:Smtp:Host"] = "127.0.0.1",
            ["Email:Smtp:Port"] = smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Email:Smtp:Security"] = "None",
            ["Email:PollInterval"] = "00:00:00.200",

            // Tests run the outbox retention round themselves.
            ["Email:PurgeInterval"] = "01:00:00",

            // Tests queue newsletter batches themselves (or run their own dispatcher).
            ["Portal:Newsletter:Interval"] = "01:00:00",

            // Tests fan out notifications and send their emails themselves (or run their own worker).
            ["Portal:Notifications:Interval"] = "01:00:00",
            // Tests run the response clock's reminder rounds themselves, with their own clock.
            ["Portal:Notifications:ReminderInterval"] = "01:00:00",
            ["Serilog:MinimumLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            defaults[key] = value;
        }

        // A null value leaves the portal's own default in force (a test of that default says so).
        foreach (var (key, value) in defaults.Where(d => d.Value is not null))
        {
            builder.UseSetting(key, value);
        }

        if (Clock is { } clock)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(clock));
        }
    }
}

/// <summary>Browser-like clients of any portal instance a test starts, the fixture's or one it changed.</summary>
public static class PortalClients
{
    /// <summary>A client that keeps cookies and follows redirects unless told not to, over https like production.</summary>
    public static PortalClient CreatePortalClient(this WebApplicationFactory<Program> portal, bool followRedirects = true) =>
        new(
            portal.CreateClient(
                new WebApplicationFactoryClientOptions
                {
                    BaseAddress = new Uri("https://portal.test"),
                    AllowAutoRedirect = followRedirects,
                    HandleCookies = true,
                }
            )
        );
}
