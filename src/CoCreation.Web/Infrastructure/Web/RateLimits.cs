using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace CoCreation.Web.Infrastructure.Web;

/// <summary>Named rate-limit policies; pages opt in with [EnableRateLimiting(RateLimits.Account)].</summary>
public static class RateLimits
{
    /// <summary>Sign-in, registration, password reset: per client address, form posts only.</summary>
    public const string Account = "account";

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
        });
        return services;
    }
}
