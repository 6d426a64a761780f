using System.Diagnostics.Metrics;

namespace CoCreation.Web.Infrastructure.Telemetry;

/// <summary>
/// The portal's own measurements, beside ASP.NET Core's and Npgsql's: emails sent and failed, and gauges of
/// the outbox and of the queues people wait in (moderation, answers), read from the database by
/// <see cref="QueueSampler"/> so that a scrape costs no query.
/// </summary>
public sealed class PortalMetrics : IDisposable
{
    public const string MeterName = "CoCreation.Portal";

    private readonly Meter _meter = new(MeterName);
    private QueueSample _sample = new(0, 0, 0, 0);

    public PortalMetrics()
    {
        EmailsSent = _meter.CreateCounter<long>("cocreation.emails.sent", description: "Emails accepted by the SMTP server");
        EmailsFailed = _meter.CreateCounter<long>("cocreation.emails.failed", description: "Email attempts that failed (retried later)");
        RequestsShed = _meter.CreateCounter<long>(
            "cocreation.requests.shed",
            description: "Requests answered 503 at once because the instance was serving and queueing all it could"
        );
        _meter.CreateObservableGauge(
            "cocreation.outbox.backlog",
            () => Volatile.Read(ref _sample).OutboxBacklog,
            description: "Emails waiting to be sent"
        );
        _meter.CreateObservableGauge(
            "cocreation.outbox.oldest_age",
            () => Volatile.Read(ref _sample).OutboxOldestAgeSeconds,
            unit: "s",
            description: "Age of the oldest email waiting to be sent"
        );
        _meter.CreateObservableGauge(
            "cocreation.moderation.queue",
            () => Volatile.Read(ref _sample).ModerationQueue,
            description: "Submissions waiting for the Support Unit's review"
        );
        _meter.CreateObservableGauge(
            "cocreation.answers.queue",
            () => Volatile.Read(ref _sample).AnswersQueue,
            description: "Submissions forwarded to a government and not yet answered"
        );
    }

    public Counter<long> EmailsSent { get; }

    public Counter<long> EmailsFailed { get; }

    public Counter<long> RequestsShed { get; }

    public void Record(QueueSample sample) => Volatile.Write(ref _sample, sample);

    public void Dispose() => _meter.Dispose();

    public sealed record QueueSample(long OutboxBacklog, double OutboxOldestAgeSeconds, long ModerationQueue, long AnswersQueue);
}
