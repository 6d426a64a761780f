using CoCreation.Domain.Events;

namespace CoCreation.Web.Features.Events;

/// <summary>The support unit's view of who registered for an event: counts, then everyone in arrival order.</summary>
public static class Registrants
{
    [Allow(Audience.SupportUnit)]
    public sealed record Query(int EventId) : IQuery<Model?>;

    public sealed record Row(
        long Id,
        int Sequence,
        string Name,
        string Email,
        bool HasAccount,
        RegistrationStatus Status,
        DateTimeOffset RegisteredAt,
        DateTimeOffset? PromotedAt,
        DateTimeOffset? CancelledAt,
        bool? Attended
    );

    public sealed record Model(
        int EventId,
        LocalizedText Title,
        EventSchedule Schedule,
        int? Capacity,
        bool Held,
        bool Cancelled,
        IReadOnlyList<Row> Rows
    )
    {
        public int Confirmed => Rows.Count(r => r.Status == RegistrationStatus.Confirmed);

        public int Waiting => Rows.Count(r => r.Status == RegistrationStatus.Waiting);

        public int CancelledCount => Rows.Count(r => r.Status == RegistrationStatus.Cancelled);

        public int Attended => Rows.Count(r => r.Attended == true);
    }

    public sealed class Handler(PortalDbContext db, TimeProvider clock) : IQueryHandler<Query, Model?>
    {
        public async ValueTask<Model?> Handle(Query query, CancellationToken cancellationToken)
        {
            var planned = await db
                .Events.AsNoTracking()
                .Where(e => e.Id == query.EventId)
                .Select(e => new
                {
                    e.Id,
                    e.Title,
                    e.Schedule,
                    e.Capacity,
                    e.CancelledAt,
                })
                .SingleOrDefaultAsync(cancellationToken);
            if (planned is null)
            {
                return null;
            }

            var rows = await db.Set<Registration>()
                .AsNoTracking()
                .Where(r => r.EventId == query.EventId)
                .OrderBy(r => r.Sequence)
                .Select(r => new Row(
                    r.Id,
                    r.Sequence,
                    r.Registrant.Name,
                    r.Registrant.Email,
                    r.Registrant.UserId != null,
                    r.Status,
                    r.RegisteredAt,
                    r.PromotedAt,
                    r.CancelledAt,
                    r.Attended
                ))
                .ToListAsync(cancellationToken);
            return new Model(
                planned.Id,
                planned.Title,
                planned.Schedule,
                planned.Capacity,
                clock.GetUtcNow() >= planned.Schedule.StartsAt,
                planned.CancelledAt is not null,
                rows
            );
        }
    }
}
