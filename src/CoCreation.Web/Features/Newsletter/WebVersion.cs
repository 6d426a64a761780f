using CoCreation.Domain.Newsletter;

namespace CoCreation.Web.Features.Newsletter;

/// <summary>The public web version of an edition once it was sent, in the visitor's language.</summary>
public static class WebVersion
{
    [Allow(Audience.Anonymous)]
    public sealed record Query(int Id, string Language) : IQuery<Model?>;

    public sealed record Model(EditionRenderer.Rendered Rendered, DateTimeOffset? SentAt);

    public sealed class Handler(PortalDbContext db, EditionRenderer renderer) : IQueryHandler<Query, Model?>
    {
        public async ValueTask<Model?> Handle(Query query, CancellationToken cancellationToken)
        {
            var edition = await db
                .Editions.AsNoTracking()
                .SingleOrDefaultAsync(e => e.Id == query.Id && e.Status != EditionStatus.Draft, cancellationToken);
            if (edition is null)
            {
                return null;
            }

            var items = await renderer.LoadAsync(edition, cancellationToken);
            return new Model(renderer.Render(edition, items, query.Language), edition.SendingStartedAt);
        }
    }
}
