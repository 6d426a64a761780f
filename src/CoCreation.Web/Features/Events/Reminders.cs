using Microsoft.Extensions.Options;

namespace CoCreation.Web.Features.Events;

/// <summary>
/// Queues the 24-hour reminders of every event that is due. Each due event's row is claimed with
/// FOR UPDATE SKIP LOCKED and marked in the same transaction as its emails, so several portal
/// instances running this together send each reminder once.
/// </summary>
public static class Reminders
{
    [Allow(Audience.System)]
    [ChangesPublicData]
    public sealed record Command : ICommand<int>;

    /// <summary>How many events had their reminders queued.</summary>
    public sealed class Handler(PortalDbContext db, TimeProvider clock) : ICommandHandler<Command, int>
    {
        public async ValueTask<int> Handle(Command command, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var until = now.Add(Domain.Events.Event.ReminderLead);
            var due = await db
                .Database.SqlQuery<int>(
                    $"""
                    SELECT id AS "Value" FROM events
                    WHERE cancelled_at IS NULL AND reminders_sent_at IS NULL
                      AND schedule_starts_at > {now} AND schedule_starts_at <= {until}
                    ORDER BY id
                    LIMIT 50
                    FOR UPDATE SKIP LOCKED
                    """
                )
                .ToListAsync(cancellationToken);
            if (due.Count == 0)
            {
                return 0;
            }

            var events = await db.Events.Include(e => e.Registrations).Where(e => due.Contains(e.Id)).ToListAsync(cancellationToken);
            foreach (var planned in events)
            {
                planned.SendReminders(now);
            }

            return events.Count;
        }
    }

    public sealed class WorkerOptions
    {
        public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);
    }

    /// <summary>Runs the reminders every minute in each portal instance.</summary>
    public sealed class Worker(IServiceScopeFactory scopes, IOptions<WorkerOptions> options, ILogger<Worker> logger)
        : Infrastructure.PeriodicWorker(logger)
    {
        protected override TimeSpan Interval => options.Value.Interval;

        protected override string Work => "event reminders";

        public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CurrentActor>().ActAs(CurrentActor.System);
            return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new Command(), cancellationToken);
        }

        protected override Task<int> RoundAsync(CancellationToken cancellationToken) => RunOnceAsync(cancellationToken);
    }
}
