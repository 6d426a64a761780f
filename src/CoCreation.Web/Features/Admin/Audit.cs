namespace CoCreation.Web.Features.Admin;

/// <summary>The audit trail, newest first, a page at a time (keyset on the entry id).</summary>
public static class Audit
{
    public const int PageSize = 50;

    [Allow(Audience.Administrator)]
    public sealed record Query : IQuery<Model>
    {
        public long? Before { get; init; }

        public string? EntityType { get; init; }

        public string? EntityId { get; init; }
    }

    public sealed record Model(IReadOnlyList<Entry> Entries, long? NextBefore);

    public sealed record Entry(
        long Id,
        DateTimeOffset At,
        string ActorName,
        string Action,
        string EntityType,
        string EntityId,
        string? Before,
        string? After
    );

    public sealed class Handler(PortalDbContext db) : IQueryHandler<Query, Model>
    {
        public async ValueTask<Model> Handle(Query query, CancellationToken cancellationToken)
        {
            var entries = db.AuditEntries.AsNoTracking();
            if (query.Before is { } before)
            {
                entries = entries.Where(e => e.Id < before);
            }

            if (!string.IsNullOrWhiteSpace(query.EntityType))
            {
                entries = entries.Where(e => e.EntityType == query.EntityType);
            }

            if (!string.IsNullOrWhiteSpace(query.EntityId))
            {
                entries = entries.Where(e => e.EntityId == query.EntityId);
            }

            var rows = await entries
                .OrderByDescending(e => e.Id)
                .Take(PageSize + 1)
                .Select(e => new Entry(e.Id, e.At, e.ActorName, e.Action, e.EntityType, e.EntityId, e.Before, e.After))
                .ToListAsync(cancellationToken);
            var page = rows.Take(PageSize).ToList();
            return new Model(page, rows.Count > PageSize ? page[^1].Id : null);
        }
    }
}
