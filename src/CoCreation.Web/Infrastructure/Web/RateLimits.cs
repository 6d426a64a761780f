using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace CoCreation.Web.Infrastructure.Web;

/// <summary>Named rate-limit policies; pages opt in with [EnableRateLimiting(RateLimits.Account)].</summary>
public static class RateLimits
{
    /// <summary>Sign-in, registration, password reset: per client address, form posts only.</summary>
    public const string Account = "account";

    /// <summary>Submissions and endorsements: per account (per address when signed out), form posts only.</summary>
    public const string Contribution = "contribution";

    /// <summary>The public API and the open-data downloads: every request, per client address.</summary>
    public const string OpenData = "open-data";

    public static IServiceCollection AddPortalRateLimits(this IServiceCollection services, PortalOptions portal)
    {
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : portal.RateLimits.AccountWindow;
                context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);

                // The status-code page middleware renders the localized 429 page.
                return ValueTask.CompletedTask;
            };
            options.AddPolicy(Account, http =>
            {
                if (!HttpMethods.IsPost(http.Request.Method))
                {
                    return RateLimitPartition.GetNoLimiter("read");
                }

                var client = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                return RateLimitPartition.GetFixedWindowLimiter(client + "|" + http.Request.Path.Value?.ToLowerInvariant(), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = portal.RateLimits.AccountPermitLimit,
                    Window = portal.RateLimits.AccountWindow,
                    QueueLimit = 0,
                });
            });
            options.AddPolicy(Contribution, http =>
            {
                if (!HttpMethods.IsPost(http.Request.Method))
                {
                    return RateLimitPartition.GetNoLimiter("read");
                }

                var who = http.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value ?? http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                return RateLimitPartition.GetFixedWindowLimiter("contribution|" + who, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = portal.RateLimits.ContributionPermitLimit,
                    Window = portal.RateLimits.ContributionWindow,
                    QueueLimit = 0,
                });
            });

            options.AddPolicy(OpenData, http => RateLimitPartition.GetFixedWindowLimiter("open-data|" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown"), _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = portal.RateLimits.OpenDataPermitLimit,
                Window = portal.RateLimits.OpenDataWindow,
                QueueLimit = 0,
            }));

            // Every form post, per client address: a ceiling no single address should reach.
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
                HttpMethods.IsPost(http.Request.Method)
                    ? RateLimitPartition.GetFixedWindowLimiter("post|" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown"), _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = portal.RateLimits.PostsPerAddressPerMinute,
                        Window = TimeSpan.FromMinutes(1),
                        QueueLimit = 0,
                    })
                    : RateLimitPartition.GetNoLimiter("read"));
        });
        return services;
    }
}
