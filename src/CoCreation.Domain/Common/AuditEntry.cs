namespace CoCreation.Domain.Common;

/// <summary>
/// One line of the append-only audit trail: who did what to which thing, when, with the state
/// before and after as JSON. The database refuses UPDATE and DELETE on this table.
/// </summary>
public sealed class AuditEntry
{
    private AuditEntry() { }

    public AuditEntry(
        DateTimeOffset at,
        Guid? actorId,
        string actorName,
        string action,
        string entityType,
        string entityId,
        string? before,
        string? after
    )
    {
        At = at;
        ActorId = actorId;
        ActorName = actorName;
        Action = action;
        EntityType = entityType;
        EntityId = entityId;
        Before = before;
        After = after;
    }

    public long Id { get; private set; }

    public DateTimeOffset At { get; private set; }

    public Guid? ActorId { get; private set; }

    public string ActorName { get; private set; } = "";

    public string Action { get; private set; } = "";

    public string EntityType { get; private set; } = "";

    public string EntityId { get; private set; } = "";

    public string? Before { get; private set; }

    public string? After { get; private set; }
}
