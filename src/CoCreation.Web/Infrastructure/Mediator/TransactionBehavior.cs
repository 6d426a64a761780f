using CoCreation.Web.Infrastructure.Email;

namespace CoCreation.Web.Infrastructure.Mediator;

/// <summary>
/// Commands run in one database transaction inside EF's retrying execution strategy: the change, its
/// domain events' effects, its audit entries and its outbox emails commit together or not at all.
/// Queries pass straight through.
/// </summary>
public sealed class TransactionBehavior<TMessage, TResponse>(
    PortalDbContext db,
    IPublisher publisher,
    OutboxSignal outboxSignal,
    IEnumerable<IBeforeCommit> beforeCommit,
    PublicData publicData
) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    public async ValueTask<TResponse> Handle(
        TMessage message,
        MessageHandlerDelegate<TMessage, TResponse> next,
        CancellationToken cancellationToken
    )
    {
        if (message is not IBaseCommand || db.Database.CurrentTransaction is not null)
        {
            return await next(message, cancellationToken);
        }

        var attempt = 0;
        var strategy = db.Database.CreateExecutionStrategy();
        var response = await strategy.ExecuteAsync(
            async ct =>
            {
                if (attempt++ > 0)
                {
                    // A retry starts from what the database holds, not from the half-applied first attempt.
                    db.ChangeTracker.Clear();
                }

                await using var transaction = await db.Database.BeginTransactionAsync(ct);

                // EF would wrap each SaveChanges in a savepoint, created and released in two round trips of their own
                // (four of a proposal's twelve). A failed save fails the whole command, which rolls back, so the one
                // place that recovers inside the transaction takes its own savepoint (IdempotentInsert).
                db.Database.AutoSavepointsEnabled = false;
                var result = await next(message, ct);
                await db.SaveChangesAsync(ct);
                await DispatchDomainEventsAsync(ct);
                foreach (var work in beforeCommit)
                {
                    await work.RunAsync(ct);
                }

                await db.SaveChangesAsync(ct);
                if (PublicData.IsChangedBy(typeof(TMessage)))
                {
                    await publicData.AnnounceAsync(db, ct);
                }

                await transaction.CommitAsync(ct);
                return result;
            },
            cancellationToken
        );

        outboxSignal.Notify();
        if (PublicData.IsChangedBy(typeof(TMessage)))
        {
            await publicData.DropAsync();
        }

        return response;
    }

    private async Task DispatchDomainEventsAsync(CancellationToken cancellationToken)
    {
        // Handlers may change entities that raise further events: loop until the model is quiet.
        while (true)
        {
            var entities = db.ChangeTracker.Entries<Entity>().Select(e => e.Entity).Where(e => e.DomainEvents.Count > 0).ToList();
            if (entities.Count == 0)
            {
                return;
            }

            var events = entities.SelectMany(e => e.DomainEvents).ToList();
            entities.ForEach(e => e.ClearDomainEvents());
            foreach (var domainEvent in events)
            {
                await publisher.Publish(domainEvent, cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
