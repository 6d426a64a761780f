using CoCreation.Domain.Submissions;
using Microsoft.Extensions.Options;

namespace CoCreation.Web.Infrastructure.Telemetry;

/// <summary>
/// Reads the outbox and the queues every <see cref="PortalOptions.TelemetryOptions.SampleInterval"/> in one
/// query, for <see cref="PortalMetrics"/>'s gauges. Each instance samples the same database: the gauges are
/// the portal's, not the instance's, so a dashboard takes any one of them (max, not sum).
/// </summary>
public sealed class QueueSampler(
    IServiceScopeFactory scopes,
    PortalMetrics metrics,
    IOptions<PortalOptions> options,
    TimeProvider clock,
    ILogger<QueueSampler> logger
) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await SampleAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Could not sample the queues for the metrics");
            }

            try
            {
                await Task.Delay(options.Value.Telemetry.SampleInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    public async Task SampleAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var pending = nameof(SubmissionStatus.Pending);
        var forwarded = nameof(SubmissionStatus.Forwarded);
        var row = await db
            .Database.SqlQuery<Sample>(
                $"""
                SELECT
                  (SELECT count(*) FROM outbox_messages WHERE sent_at IS NULL) AS outbox_backlog,
                  coalesce((SELECT extract(epoch FROM now() - min(created_at)) FROM outbox_messages WHERE sent_at IS NULL), 0)::float8
                    AS outbox_oldest_age_seconds,
                  (SELECT count(*) FROM submissions WHERE status = {pending}) AS moderation_queue,
                  (SELECT count(*) FROM submissions WHERE status = {forwarded}) AS answers_queue
                """
            )
            .SingleAsync(cancellationToken);
        metrics.Record(new PortalMetrics.QueueSample(row.OutboxBacklog, row.OutboxOldestAgeSeconds, row.ModerationQueue, row.AnswersQueue));
    }

    // Columns in snake case: the naming convention maps this type's properties as it maps the entities'.
    private sealed record Sample(long OutboxBacklog, double OutboxOldestAgeSeconds, long ModerationQueue, long AnswersQueue);
}
