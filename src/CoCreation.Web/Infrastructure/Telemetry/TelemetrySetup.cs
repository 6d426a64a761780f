using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CoCreation.Web.Infrastructure.Telemetry;

/// <summary>
/// OpenTelemetry metrics and traces: ASP.NET Core, Npgsql, the runtime and <see cref="PortalMetrics"/>.
/// Exported over OTLP when a collector is configured, and as a Prometheus scrape on the operator's port
/// (<see cref="PortalOptions.TelemetryOptions.MetricsPort"/>), which the public pipeline never answers.
/// </summary>
public static class TelemetrySetup
{
    public const string ScrapePath = "/metrics";

    public static IServiceCollection AddPortalTelemetry(this IServiceCollection services, PortalOptions portal)
    {
        services.AddSingleton<PortalMetrics>();
        var otlp = portal.Telemetry.OtlpEndpoint ?? Environment.GetEnvironmentVariable("OTEL_EXPORTER_OTLP_ENDPOINT");
        if (portal.Telemetry.MetricsPort is null && string.IsNullOrWhiteSpace(otlp))
        {
            // Nobody reads the metrics: no exporter, and no query every few seconds for the queue gauges.
            return services;
        }

        services.AddHostedService<QueueSampler>();
        var telemetry = services.AddOpenTelemetry().ConfigureResource(resource => resource.AddService("cocreation-portal"));

        telemetry.WithMetrics(metrics =>
        {
            metrics.AddAspNetCoreInstrumentation().AddRuntimeInstrumentation().AddNpgsqlInstrumentation().AddMeter(PortalMetrics.MeterName);
            if (portal.Telemetry.MetricsPort is not null)
            {
                metrics.AddPrometheusExporter();
            }

            if (!string.IsNullOrWhiteSpace(otlp))
            {
                metrics.AddOtlpExporter(exporter => exporter.Endpoint = new Uri(otlp));
            }
        });
        if (!string.IsNullOrWhiteSpace(otlp))
        {
            telemetry.WithTracing(tracing =>
                tracing.AddAspNetCoreInstrumentation().AddNpgsql().AddOtlpExporter(exporter => exporter.Endpoint = new Uri(otlp))
            );
        }

        return services;
    }

    /// <summary>The scrape, answered only on the metrics port: through the public address it is not found.</summary>
    public static WebApplication MapPortalMetrics(this WebApplication app, PortalOptions portal)
    {
        if (portal.Telemetry.MetricsPort is { } port)
        {
            app.MapPrometheusScrapingEndpoint(ScrapePath).RequireHost($"*:{port}").NeverShed();
        }

        return app;
    }
}
