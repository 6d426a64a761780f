using CoCreation.Domain.Blog;
using CoCreation.Domain.Newsletter;

namespace CoCreation.Web.Features.Newsletter;

/// <summary>
/// The support unit's view of one edition: how it reads as HTML and as plain text in each language,
/// and, once sending started, how far it went (deliveries queued to the outbox, and sent).
/// </summary>
public static class Preview
{
    [Allow(Audience.SupportUnit)]
    public sealed record Query(int Id) : IQuery<Model?>;

    public sealed record Progress(int Readers, int Queued, int Sent);

    public sealed record Model(
        Edition Edition,
        IReadOnlyList<EditionRenderer.Rendered> Languages,
        Progress Progress,
        IReadOnlyDictionary<string, int> ReadersByLanguage
    );

    public sealed class Handler(PortalDbContext db, EditionRenderer renderer) : IQueryHandler<Query, Model?>
    {
        public async ValueTask<Model?> Handle(Query query, CancellationToken cancellationToken)
        {
            var edition = await db.Editions.AsNoTracking().SingleOrDefaultAsync(e => e.Id == query.Id, cancellationToken);
            if (edition is null)
            {
                return null;
            }

            var items = await renderer.LoadAsync(edition, cancellationToken);
            var rendered = WorkingLanguages.All.Select(l => renderer.Render(edition, items, l)).ToList();
            var deliveries = db.EditionDeliveries.Where(d => d.EditionId == edition.Id);
            var progress = new Progress(
                await deliveries.CountAsync(cancellationToken),
                await deliveries.CountAsync(d => d.QueuedAt != null, cancellationToken),
                await deliveries
                    .Join(db.OutboxMessages, d => d.OutboxMessageId, m => (long?)m.Id, (d, m) => m)
                    .CountAsync(m => m.SentAt != null, cancellationToken)
            );
            var readers = await db
                .Subscribers.Where(s => s.UnsubscribedAt == null)
                .GroupBy(s => s.Language)
                .Select(g => new { g.Key, Count = g.Count() })
                .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
            return new Model(edition, rendered, progress, readers);
        }
    }
}
