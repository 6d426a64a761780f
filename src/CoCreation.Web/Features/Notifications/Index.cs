using System.Globalization;
using CoCreation.Domain.Notifications;

namespace CoCreation.Web.Features.Notifications;

/// <summary>The signed-in person's notifications, newest first, unread ones marked; a page at a time.</summary>
public static class Index
{
    public const int PageSize = 30;

    [Allow(Audience.Participant)]
    public sealed record Query(string? After = null) : IQuery<Model>;

    public sealed record Item(
        long Id,
        HappeningKind Kind,
        LocalizedText SubjectTitle,
        LocalizedText? Detail,
        string Link,
        DateTimeOffset At,
        bool Read
    );

    /// <summary><paramref name="Follows"/>: whether the person follows anything, asked only when there is nothing to show.</summary>
    public sealed record Model(IReadOnlyList<Item> Items, string? NextAfter, int Unread, bool Follows = true);

    public sealed class Handler(PortalDbContext db, CurrentActor actor) : IQueryHandler<Query, Model>
    {
        public async ValueTask<Model> Handle(Query query, CancellationToken cancellationToken)
        {
            var personId = actor.RequireUserId();
            var mine = db.Notifications.AsNoTracking().Where(n => n.PersonId == personId);
            if (long.TryParse(query.After, NumberStyles.None, CultureInfo.InvariantCulture, out var after))
            {
                mine = mine.Where(n => n.Id < after);
            }

            var rows = mine.OrderByDescending(n => n.Id)
                .Join(
                    db.Happenings,
                    n => n.HappeningId,
                    h => h.Id,
                    (n, h) => new Item(n.Id, h.Kind, h.SubjectTitle, h.Detail, h.Link, h.CreatedAt, n.ReadAt != null)
                );
            var (page, next) = await Keyset.PageAsync(rows, PageSize, i => i.Id.ToString(CultureInfo.InvariantCulture), cancellationToken);
            var unread = await db
                .Notifications.Where(n => n.PersonId == personId && n.ReadAt == null)
                .Take(Unread.Most + 1)
                .CountAsync(cancellationToken);
            var follows = page.Count > 0 || await db.Follows.AnyAsync(f => f.PersonId == personId, cancellationToken);
            return new Model(page, next, unread, follows);
        }
    }
}
