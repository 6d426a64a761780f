namespace CoCreation.Web.Features.Notifications;

/// <summary>
/// The header's count of unread notifications for a signed-in person: one count on a partial index, stopped at
/// <see cref="Most"/> (the header says "99+" beyond), never run for visitors, whose pages are cached.
/// </summary>
public static class Unread
{
    public const int Most = 99;

    [Allow(Audience.Participant)]
    public sealed record Query : IQuery<int>;

    public sealed class Handler(PortalDbContext db, CurrentActor actor) : IQueryHandler<Query, int>
    {
        public async ValueTask<int> Handle(Query query, CancellationToken cancellationToken)
        {
            var personId = actor.RequireUserId();
            return await db
                .Notifications.Where(n => n.PersonId == personId && n.ReadAt == null)
                .Take(Most + 1)
                .CountAsync(cancellationToken);
        }
    }
}
