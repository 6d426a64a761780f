using System.Text.Json;

namespace CoCreation.Web.Infrastructure.Audit;

/// <summary>
/// Appends to the audit trail inside the current unit of work, so an audited change and its entry
/// commit together. Snapshots are small projections chosen by the caller, never passwords or tokens.
/// </summary>
public sealed class AuditTrail(PortalDbContext db, CurrentActor actor, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = false };

    /// <summary>For an entity with a numeric id, written the same way in every culture.</summary>
    public void Record(string action, string entityType, long entityId, object? before, object? after) =>
        Record(action, entityType, entityId.ToString(System.Globalization.CultureInfo.InvariantCulture), before, after);

    public void Record(string action, string entityType, string entityId, object? before, object? after)
    {
        db.AuditEntries.Add(
            new AuditEntry(
                clock.GetUtcNow(),
                actor.UserId,
                actor.Name,
                action,
                entityType,
                entityId,
                before is null ? null : JsonSerializer.Serialize(before, Json),
                after is null ? null : JsonSerializer.Serialize(after, Json)
            )
        );
    }
}
