using CoCreation.Domain.Events;

namespace CoCreation.Web.Features.Events;

/// <summary>"My events": the signed-in person's registrations, soonest first, with their cancellation links.</summary>
public static class Mine
{
    [Allow(Audience.Participant)]
    public sealed record Query : IQuery<IReadOnlyList<Item>>;

    public sealed record Item(
        int EventId,
        LocalizedText Title,
        DateTimeOffset StartsAt,
        DateTimeOffset EndsAt,
        string TimeZone,
        RegistrationStatus Status,
        Guid CancellationCode
    );

    public sealed class Handler(PortalDbContext db, CurrentActor actor) : IQueryHandler<Query, IReadOnlyList<Item>>
    {
        public async ValueTask<IReadOnlyList<Item>> Handle(Query query, CancellationToken cancellationToken)
        {
            var userId = actor.RequireUserId();
            return await (
                from r in db.Set<Registration>().AsNoTracking()
                join e in db.Events on r.EventId equals e.Id
                where r.Registrant.UserId == userId && r.Status != RegistrationStatus.Cancelled
                orderby e.Schedule.StartsAt
                select new Item(e.Id, e.Title, e.Schedule.StartsAt, e.Schedule.EndsAt, e.Schedule.TimeZone, r.Status, r.CancellationCode)
            ).ToListAsync(cancellationToken);
        }
    }
}
