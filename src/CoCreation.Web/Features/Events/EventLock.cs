using CoCreation.Domain.Events;

namespace CoCreation.Web.Features.Events;

internal static class EventLock
{
    /// <summary>
    /// Locks the event's row for the rest of the transaction and loads it with its registrations, so
    /// registrations and cancellations of one event are counted one after the other. Null when unknown.
    /// </summary>
    public static async Task<Event?> LoadLockedAsync(PortalDbContext db, int eventId, CancellationToken cancellationToken)
    {
        var locked = await db
            .Database.SqlQuery<int>($"SELECT id AS \"Value\" FROM events WHERE id = {eventId} FOR UPDATE")
            .ToListAsync(cancellationToken);
        return locked.Count == 0
            ? null
            : await db.Events.Include(e => e.Registrations).SingleAsync(e => e.Id == eventId, cancellationToken);
    }
}
