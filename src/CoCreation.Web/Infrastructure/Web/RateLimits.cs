using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace CoCreation.Web.Infrastructure.Web;

/// <summary>Named rate-limit policies; pages opt in with [EnableRateLimiting(RateLimits.Account)].</summary>
public static class RateLimits
{
    /// <summary>Sign-in, registration, password reset: per client address and page, form posts only.</summary>
    public const string Account = "account";

    /// <summary>
    /// Submissions, endorsements, comments and reports: per account and per address; signed out (event seats, the
    /// newsletter) per address only. Form posts only.
    /// </summary>
    public const string Contribution = "contribution";

    /// <summary>The public API (a page of rows at a time): every request, per client address.</summary>
    public const string OpenData = "open-data";

    /// <summary>Whole-collection downloads (each one streams every public row): a tighter limit per client address.</summary>
    public const string Download = "download";

    public static IServiceCollection AddPortalRateLimits(this IServiceCollection services, PortalOptions portal)
    {
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait)
                    ? wait
                    : portal.RateLimits.AccountWindow;
                context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
                    .ToString(CultureInfo.InvariantCulture);

                // The status-code page middleware renders the localized 429 page.
                return ValueTask.CompletedTask;
            };
            options.AddPolicy(Account, http =>
            {
                if (!HttpMethods.IsPost(http.Request.Method))
                {
                    return RateLimitPartition.GetNoLimiter("read");
                }

                // The matched page, not the raw path: "/Account/Sign-In/" is the same form as "/account/sign-in".
                return Shared(
                    http,
                    "account|" + ClientOf(http) + "|" + EndpointOf(http),
                    portal.RateLimits.AccountPermitLimit,
                    portal.RateLimits.AccountWindow
                );
            });
            options.AddPolicy(Contribution, http =>
            {
                if (!HttpMethods.IsPost(http.Request.Method))
                {
                    return RateLimitPartition.GetNoLimiter("read");
                }

                var address = ClientOf(http);
                var who = http.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value;
                var limits = portal.RateLimits;
                var counter = http.RequestServices.GetRequiredService<SharedRateCounter>();
                var perAddress = "contribution-address|" + address;
                SharedWindowLimiter PerAddress() =>
                    new(counter, perAddress, limits.ContributionPerAddressPermitLimit, limits.ContributionWindow);

                // Signed out (a seat at an event, a newsletter subscription): the address is all there is to count, and
                // its limit is the one with room for a workshop whose visitors share one connection.
                if (who is null)
                {
                    return RateLimitPartition.Get(perAddress, _ => PerAddress());
                }

                // Per account, and per address as well: many fresh accounts from one place (a spam run) meet the second.
                return RateLimitPartition.Get("contribution|" + who + "|" + address, _ =>
                    RateLimiter.CreateChained(
                        new SharedWindowLimiter(counter, "contribution|" + who, limits.ContributionPermitLimit, limits.ContributionWindow),
                        PerAddress()
                    )
                );
            });

            options.AddPolicy(OpenData, http =>
                RateLimitPartition.GetFixedWindowLimiter("open-data|" + ClientOf(http), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = portal.RateLimits.OpenDataPermitLimit,
                    Window = portal.RateLimits.OpenDataWindow,
                    QueueLimit = 0,
                })
            );

            // One bucket for every whole-collection download: each costs a full scan, a page of the API does not.
            options.AddPolicy(Download, http =>
                RateLimitPartition.GetFixedWindowLimiter("download|" + ClientOf(http), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = portal.RateLimits.DownloadPermitLimit,
                    Window = portal.RateLimits.DownloadWindow,
                    QueueLimit = 0,
                })
            );

            // Every form post, per client address: a ceiling no single address should reach.
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
                HttpMethods.IsPost(http.Request.Method)
                    ? RateLimitPartition.GetFixedWindowLimiter("post|" + ClientOf(http), _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = portal.RateLimits.PostsPerAddressPerMinute,
                        Window = TimeSpan.FromMinutes(1),
                        QueueLimit = 0,
                    })
                    : RateLimitPartition.GetNoLimiter("read")
            );
        });
        return services;
    }

    /// <summary>
    /// A limit on what a person may do (sign in, register, reset a password, submit, endorse), counted in
    /// PostgreSQL so that every instance of the portal counts against the same window. The per-address limits
    /// on reading (the API, downloads) and the ceiling on posts per address stay per instance: they guard each
    /// instance's own capacity, and N instances may serve N times as many reads.
    /// </summary>
    private static RateLimitPartition<string> Shared(HttpContext http, string key, int permitLimit, TimeSpan window)
    {
        var counter = http.RequestServices.GetRequiredService<SharedRateCounter>();
        return RateLimitPartition.Get(key, k => new SharedWindowLimiter(counter, k, permitLimit, window));
    }

    /// <summary>
    /// Who a limit counts against: an IPv4 address (also when it arrives IPv4-mapped), or an IPv6 client's
    /// /64 network, since a single subscriber is routinely given a whole /64 and can pick any address in it.
    /// </summary>
    public static string ClientOf(HttpContext http)
    {
        var address = http.Connection.RemoteIpAddress;
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }

    /// <summary>The page or API endpoint routing chose, whatever the spelling of the path that reached it.</summary>
    private static string EndpointOf(HttpContext http) =>
        http.GetEndpoint() switch
        {
            { DisplayName: { } name } => name,
            RouteEndpoint route => route.RoutePattern.RawText ?? "",
            _ => "",
        };
}
