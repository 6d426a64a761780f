using CoCreation.Domain.Newsletter;

namespace CoCreation.Web.Features.Newsletter;

/// <summary>Editions, newest first: all of them for the support unit, the sent ones for everyone (the archive).</summary>
public static class Editions
{
    [Allow(Audience.Anonymous)]
    public sealed record Query(bool SentOnly) : IQuery<IReadOnlyList<Item>>;

    public sealed record Item(int Id, LocalizedText Subject, EditionStatus Status, DateTimeOffset CreatedAt, DateTimeOffset? SentAt);

    public sealed class Handler(PortalDbContext db, CurrentActor actor) : IQueryHandler<Query, IReadOnlyList<Item>>
    {
        public async ValueTask<IReadOnlyList<Item>> Handle(Query query, CancellationToken cancellationToken)
        {
            if (!query.SentOnly)
            {
                // The archive is public; drafts are the support unit's, whoever asks.
                actor.RequireStaff();
            }

            var editions = db.Editions.AsNoTracking();
            if (query.SentOnly)
            {
                editions = editions.Where(e => e.Status != EditionStatus.Draft);
            }

            return await editions
                .OrderByDescending(e => e.CreatedAt)
                .Take(100)
                .Select(e => new Item(e.Id, e.Subject, e.Status, e.CreatedAt, e.SendingStartedAt))
                .ToListAsync(cancellationToken);
        }
    }
}
