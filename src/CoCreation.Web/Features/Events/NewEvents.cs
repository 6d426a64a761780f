using CoCreation.Domain.Events;

namespace CoCreation.Web.Features.Events;

/// <summary>The latest events planned, newest first: what the Atom feed of new events carries.</summary>
public static class NewEvents
{
    [Allow(Audience.Anonymous)]
    public sealed record Query(int Limit = 50) : IQuery<IReadOnlyList<Item>>;

    public sealed record Item(
        int Id,
        EventKind Kind,
        LocalizedText Title,
        LocalizedText? Description,
        DateTimeOffset StartsAt,
        DateTimeOffset EndsAt,
        string TimeZone,
        DateTimeOffset CreatedAt,
        DateTimeOffset? UpdatedAt,
        bool Cancelled
    );

    public sealed class Handler(PortalDbContext db) : IQueryHandler<Query, IReadOnlyList<Item>>
    {
        public async ValueTask<IReadOnlyList<Item>> Handle(Query query, CancellationToken cancellationToken) =>
            await db
                .Events.AsNoTracking()
                .OrderByDescending(e => e.CreatedAt)
                .ThenByDescending(e => e.Id)
                .Take(Math.Clamp(query.Limit, 1, 200))
                .Select(e => new Item(
                    e.Id,
                    e.Kind,
                    e.Title,
                    e.Description,
                    e.Schedule.StartsAt,
                    e.Schedule.EndsAt,
                    e.Schedule.TimeZone,
                    e.CreatedAt,
                    e.UpdatedAt,
                    e.CancelledAt != null
                ))
                .ToListAsync(cancellationToken);
    }
}
