using CoCreation.Web.Api;
using CoCreation.Web.Infrastructure.Telemetry;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.HttpOverrides;
using Serilog;

namespace CoCreation.Web.Infrastructure;

/// <summary>The request pipeline, in the order each concern must see a request.</summary>
public static class PortalPipeline
{
    public static WebApplication UsePortal(this WebApplication app)
    {
        if (app.Configuration.GetValue<bool>("Portal:TrustForwardedHeaders"))
        {
            // Behind the compose file's nginx or a cloud load balancer that terminates TLS.
            var forwarded = new ForwardedHeadersOptions
            {
                ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto,
            };
            var networks = app.Configuration.GetSection("Portal:KnownProxyNetworks").Get<string[]>() ?? [];
            if (networks.Length > 0)
            {
                // Only these proxies may say who the client is; anyone else's X-Forwarded-For is ignored.
                forwarded.KnownIPNetworks.Clear();
                forwarded.KnownProxies.Clear();
                foreach (var network in networks)
                {
                    forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
                }
            }
            app.UseForwardedHeaders(forwarded);
        }

        app.UseSecurityHeaders(SecurityHeaders.Policy());
        app.UseSerilogRequestLogging(options =>
        {
            // Path only: query strings may carry tokens or addresses.
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms";
            options.EnrichDiagnosticContext = (diagnostics, http) => diagnostics.Set("RequestId", http.TraceIdentifier);
        });
        app.UsePortalErrorPages();
        app.UseRequestLocalization();
        app.UsePublicApiErrors();
        app.UseRouting();
        app.UseLoadShedding();
        app.UseCors();
        app.UseAuthentication();

        // After authentication: per-account limits need to know the account.
        app.UseRateLimiter();
        app.UseStaffTwoFactorRequirement();
        app.UseAuthorization();
        app.UseAnonymousCompression();
        app.UseOutputCache();

        app.MapPortalMetrics(app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<PortalOptions>>().Value);
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).NeverShed();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") }).NeverShed();
        // CSS and scripts compressed at build time (brotli, gzip), fingerprinted and cached for a year: the
        // first view stays small on a slow line (bootstrap.min.css is 233 KB raw, about 20 KB in brotli).
        app.MapStaticAssets().NeverShed();
        app.MapPublicApi();
        app.MapRazorPages().WithStaticAssets();
        return app;
    }
}
