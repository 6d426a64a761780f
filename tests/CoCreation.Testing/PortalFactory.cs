using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CoCreation.Testing;

/// <summary>The real portal (Program) on the test database and the test SMTP server.</summary>
public sealed class PortalFactory(string connectionString, int smtpPort, IReadOnlyDictionary<string, string?>? settings = null)
    : WebApplicationFactory<Program>
{
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
            ["Portal:RateLimits:PostsPerAddressPerMinute"] = "100000",
            ["Portal:RateLimits:OpenDataPermitLimit"] = "100000",
            ["Portal:RateLimits:DownloadPermitLimit"] = "100000",
            ["Email:Smtp:Host"] = "127.0.0.1",
            ["Email:Smtp:Port"] = smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Email:Smtp:Security"] = "None",
            ["Email:PollInterval"] = "00:00:00.200",

            // Tests run the outbox retention round themselves.
            ["Email:PurgeInterval"] = "01:00:00",

            // Tests queue newsletter batches themselves (or run their own dispatcher).
            ["Portal:Newsletter:Interval"] = "01:00:00",
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
    }
}
