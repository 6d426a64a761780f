namespace CoCreation.Web.Features.Events;

/// <summary>
/// Cancels a registration from its personal link (no account needed: the code is the secret). A freed
/// seat goes to the first person waiting, who is told by email.
/// </summary>
public static class CancelRegistration
{
    [Allow(Audience.Anonymous)]
    [ChangesPublicData]
    public sealed record Command(Guid Code) : ICommand<int?>;

    public sealed class Handler(PortalDbContext db, TimeProvider clock) : ICommandHandler<Command, int?>
    {
        public async ValueTask<int?> Handle(Command command, CancellationToken cancellationToken)
        {
            var eventId = await db.Set<Domain.Events.Registration>()
                .Where(r => r.CancellationCode == command.Code)
                .Select(r => (int?)r.EventId)
                .SingleOrDefaultAsync(cancellationToken);
            if (eventId is null)
            {
                return null;
            }

            // The same lock as registering: a freed seat and a new registration never race.
            var plannedEvent = (await EventLock.LoadLockedAsync(db, eventId.Value, cancellationToken))!;
            plannedEvent.Cancel(plannedEvent.Registrations.Single(r => r.CancellationCode == command.Code), clock.GetUtcNow());
            return eventId;
        }
    }
}
