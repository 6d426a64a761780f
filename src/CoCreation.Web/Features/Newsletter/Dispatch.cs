using CoCreation.Domain.Newsletter;
using CoCreation.Web.Infrastructure.Email;
using Microsoft.Extensions.Options;

namespace CoCreation.Web.Features.Newsletter;

/// <summary>
/// Moves waiting deliveries into the outbox, one batch per round. The batch is claimed with FOR UPDATE
/// SKIP LOCKED and each delivery is marked queued in the same transaction as its outbox message: a
/// crash before the commit leaves the whole batch waiting, after it leaves nothing to do twice — so
/// a restart neither sends anyone a second copy nor skips anyone. The rate is a setting.
/// </summary>
public static class Dispatch
{
    [Allow(Audience.System)]
    [ChangesPublicData]
    public sealed record Command(int BatchSize) : ICommand<int>;

    /// <summary>How many deliveries were queued (or skipped for readers who left meanwhile).</summary>
    public sealed class Handler(PortalDbContext db, EmailOutbox outbox, EditionRenderer renderer, PortalLinks links, TimeProvider clock)
        : ICommandHandler<Command, int>
    {
        public async ValueTask<int> Handle(Command command, CancellationToken cancellationToken)
        {
            var claimed = await db
                .Database.SqlQuery<long>(
                    $"""
                    SELECT id AS "Value" FROM edition_deliveries
                    WHERE queued_at IS NULL
                    ORDER BY id
                    LIMIT {Math.Max(1, command.BatchSize)}
                    FOR UPDATE SKIP LOCKED
                    """
                )
                .ToListAsync(cancellationToken);
            if (claimed.Count == 0)
            {
                await CloseFinishedAsync(cancellationToken);
                return 0;
            }

            var deliveries = await db.EditionDeliveries.Where(d => claimed.Contains(d.Id)).ToListAsync(cancellationToken);
            var subscriberIds = deliveries.Select(d => d.SubscriberId).Distinct().ToList();
            var subscribers = await db
                .Subscribers.AsNoTracking()
                .Where(s => subscriberIds.Contains(s.Id))
                .ToDictionaryAsync(s => s.Id, cancellationToken);
            var editionIds = deliveries.Select(d => d.EditionId).Distinct().ToList();
            var editions = await db
                .Editions.AsNoTracking()
                .Where(e => editionIds.Contains(e.Id))
                .ToDictionaryAsync(e => e.Id, cancellationToken);
            var rendered = new Dictionary<(int, string), EditionRenderer.Rendered>();
            var items = new Dictionary<int, EditionRenderer.Items>();
            var queued = new List<(EditionDelivery Delivery, OutboxMessage? Message)>();
            foreach (var delivery in deliveries)
            {
                var reader = subscribers[delivery.SubscriberId];
                if (!reader.IsActive)
                {
                    queued.Add((delivery, null));
                    continue;
                }

                var edition = editions[delivery.EditionId];
                if (!items.TryGetValue(edition.Id, out var content))
                {
                    content = items[edition.Id] = await renderer.LoadAsync(edition, cancellationToken);
                }

                if (!rendered.TryGetValue((edition.Id, reader.Language), out var copy))
                {
                    copy = rendered[(edition.Id, reader.Language)] = renderer.Render(edition, content, reader.Language);
                }

                var unsubscribe = links.To(Paths.NewsletterUnsubscribe(reader.UnsubscribeCode));
                queued.Add(
                    (
                        delivery,
                        outbox.EnqueueComposed(
                            reader.Email,
                            copy.Subject,
                            EditionRenderer.Personal(copy.Text, unsubscribe),
                            EditionRenderer.Personal(copy.EmailHtml, unsubscribe),
                            unsubscribe
                        )
                    )
                );
            }

            // The outbox rows get their ids; the deliveries point at them in the same transaction.
            await db.SaveChangesAsync(cancellationToken);
            var now = clock.GetUtcNow();
            foreach (var (delivery, message) in queued)
            {
                delivery.MarkQueued(message?.Id, now);
            }

            return queued.Count;
        }

        private async Task CloseFinishedAsync(CancellationToken cancellationToken)
        {
            var finished = await db
                .Editions.Where(e =>
                    e.Status == EditionStatus.Sending && !db.EditionDeliveries.Any(d => d.EditionId == e.Id && d.QueuedAt == null)
                )
                .ToListAsync(cancellationToken);
            finished.ForEach(e => e.MarkAllQueued(clock.GetUtcNow()));
        }
    }

    /// <summary>"Portal:Newsletter": how fast editions leave.</summary>
    public sealed class Options
    {
        public int MessagesPerMinute { get; set; } = 300;

        /// <summary>How often a batch is queued; each batch holds the rate's share of this interval.</summary>
        public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(10);

        public int BatchSize => Math.Max(1, (int)Math.Ceiling(MessagesPerMinute * Interval.TotalMinutes));
    }

    /// <summary>Queues one batch per interval in each portal instance; stopping it mid-batch loses nothing.</summary>
    public sealed class Worker(IServiceScopeFactory scopes, IOptions<Options> options, ILogger<Worker> logger)
        : Infrastructure.PeriodicWorker(logger)
    {
        protected override TimeSpan Interval => options.Value.Interval;

        protected override string Work => "newsletter deliveries";

        public async Task<int> RunOnceAsync(int batchSize, CancellationToken cancellationToken)
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CurrentActor>().ActAs(CurrentActor.System);
            return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new Command(batchSize), cancellationToken);
        }

        protected override Task<int> RoundAsync(CancellationToken cancellationToken) =>
            RunOnceAsync(options.Value.BatchSize, cancellationToken);
    }
}
