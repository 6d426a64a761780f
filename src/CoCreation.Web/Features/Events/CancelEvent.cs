using CoCreation.Web.Infrastructure.Audit;

namespace CoCreation.Web.Features.Events;

/// <summary>The support unit calls an event off: every registrant is emailed and calendars show it cancelled.</summary>
public static class CancelEvent
{
    [Allow(Audience.SupportUnit)]
    [ChangesPublicData]
    public sealed record Command(int Id) : ICommand<bool>;

    public sealed class Handler(PortalDbContext db, AuditTrail audit, TimeProvider clock) : ICommandHandler<Command, bool>
    {
        public async ValueTask<bool> Handle(Command command, CancellationToken cancellationToken)
        {
            var planned = await EventLock.LoadLockedAsync(db, command.Id, cancellationToken);
            if (planned is null)
            {
                return false;
            }

            var before = EventForm.Snapshot(planned);
            planned.CancelEvent(clock.GetUtcNow());
            audit.Record("event.cancelled", nameof(Domain.Events.Event), planned.Id, before, EventForm.Snapshot(planned));
            return true;
        }
    }
}
