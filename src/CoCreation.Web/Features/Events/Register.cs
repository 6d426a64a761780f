using CoCreation.Domain.Events;

namespace CoCreation.Web.Features.Events;

/// <summary>
/// A signed-in participant registers for an event: a seat while any is left, else the waiting list.
/// The event's row is locked for the transaction, so simultaneous registrations are counted one after
/// the other and the capacity is never exceeded.
/// </summary>
public static class Register
{
    [Allow(Audience.Participant)]
    [ChangesPublicData]
    public sealed record Command(int EventId) : ICommand<RegistrationStatus?>;

    public sealed class Handler(PortalDbContext db, CurrentActor actor, TimeProvider clock) : ICommandHandler<Command, RegistrationStatus?>
    {
        public async ValueTask<RegistrationStatus?> Handle(Command command, CancellationToken cancellationToken)
        {
            var userId = actor.RequireUserId();
            var plannedEvent = await EventLock.LoadLockedAsync(db, command.EventId, cancellationToken);
            if (plannedEvent is null)
            {
                return null;
            }

            var person = await db
                .Users.Where(u => u.Id == userId)
                .Select(u => new
                {
                    u.DisplayName,
                    u.Email,
                    u.PreferredLanguage,
                })
                .SingleAsync(cancellationToken);
            return plannedEvent
                .Register(new Registrant(userId, person.DisplayName, person.Email!, person.PreferredLanguage), clock.GetUtcNow())
                .Status;
        }
    }
}
