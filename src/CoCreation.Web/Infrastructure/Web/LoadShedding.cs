using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using CoCreation.Web.Infrastructure.Telemetry;
using Microsoft.AspNetCore.Diagnostics;

namespace CoCreation.Web.Infrastructure.Web;

/// <summary>
/// Overload sheds load instead of queueing: at most <see cref="PortalOptions.OverloadOptions.ConcurrencyLimit"/>
/// requests are served at once and a bounded line waits for them; whoever finds the line full gets a fast 503
/// with Retry-After (behind nginx, a read is then passed to another instance) instead of waiting behind
/// thousands of others until everyone times out. Static files, health checks and the metrics scrape are never
/// turned away: they cost next to nothing, and a load balancer that saw /health fail would make things worse.
/// </summary>
public static class LoadShedding
{
    public static IServiceCollection AddLoadShedding(this IServiceCollection services, PortalOptions portal)
    {
        var overload = portal.Overload;
        var permits = overload.ConcurrencyLimit ?? 16 * Environment.ProcessorCount;
        return services.AddSingleton(
            new Gate(
                new ConcurrencyLimiter(
                    new ConcurrencyLimiterOptions
                    {
                        PermitLimit = permits,
                        QueueLimit = overload.QueueLimit ?? 2 * permits,
                        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                    }
                ),
                overload.RetryAfter,
                overload.QueueTimeout
            )
        );
    }

    /// <summary>After routing (the endpoint says whether it is exempt), before authentication and everything costly.</summary>
    public static IApplicationBuilder UseLoadShedding(this IApplicationBuilder app)
    {
        var gate = app.ApplicationServices.GetRequiredService<Gate>();
        var metrics = app.ApplicationServices.GetRequiredService<PortalMetrics>();
        return app.Use(
            async (http, next) =>
            {
                if (http.GetEndpoint()?.Metadata.GetMetadata<ExemptMetadata>() is not null)
                {
                    await next(http);
                    return;
                }

                RateLimitLease? lease;
                // The line is bounded in time too: when the portal serves slowly (a costly query, a busy database), a
                // line of a few dozen may already be seconds long, and whoever waits past QueueTimeout is refused.
                using var patience = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
                patience.CancelAfter(gate.QueueTimeout);
                try
                {
                    lease = await gate.Limiter.AcquireAsync(1, patience.Token);
                }
                catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
                {
                    // The visitor left while waiting in line: nothing to answer.
                    return;
                }
                catch (OperationCanceledException)
                {
                    lease = null;
                }

                using (lease)
                {
                    if (lease?.IsAcquired == true)
                    {
                        await next(http);
                        return;
                    }
                }

                metrics.RequestsShed.Add(1);
                await RefuseAsync(http, gate.RetryAfter);
            }
        );
    }

    /// <summary>Marks endpoints that are served whatever the load (static files, health checks).</summary>
    public static TBuilder NeverShed<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(new ExemptMetadata());

    /// <summary>
    /// A few hundred bytes written here, not the error page (rendering it costs what the portal lacks): the
    /// localized sentence, and for the public API the problem the API's own error handling writes around it.
    /// </summary>
    private static async Task RefuseAsync(HttpContext http, TimeSpan retryAfter)
    {
        var response = http.Response;
        response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        response.Headers.CacheControl = "no-store";
        if (http.Features.Get<IStatusCodePagesFeature>() is { } pages)
        {
            pages.Enabled = false;
        }

        if (http.Request.Path.StartsWithSegments(PublicApi.Prefix))
        {
            return;
        }

        var text = http.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        var title = WebUtility.HtmlEncode(text["Overload.Title"]);
        response.ContentType = "text/html; charset=utf-8";
        await response.WriteAsync(
            $"""
            <!DOCTYPE html>
            <html lang="{CultureInfo.CurrentUICulture.TwoLetterISOLanguageName}"><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1"><title>{title}</title>
            <h1>{title}</h1><p>{WebUtility.HtmlEncode(text["Overload.Text"])}</p></html>
            """,
            http.RequestAborted
        );
    }

    private sealed class ExemptMetadata;

    private sealed record Gate(ConcurrencyLimiter Limiter, TimeSpan RetryAfter, TimeSpan QueueTimeout);
}
