namespace CoCreation.Web.Features.Blog;

/// <summary>A stored cover image by its random name, as it was re-encoded on upload; null for a name the portal did not make.</summary>
public static class Cover
{
    [Allow(Audience.Anonymous)]
    public sealed record Query(string? Name) : IQuery<Model?>;

    public sealed record Model(byte[] Content, string ContentType);

    public sealed class Handler(PortalDbContext db) : IQueryHandler<Query, Model?>
    {
        public async ValueTask<Model?> Handle(Query query, CancellationToken cancellationToken) =>
            !CoverImages.IsStoredName(query.Name)
                ? null
                : await db
                    .CoverImageFiles.AsNoTracking()
                    .Where(f => f.Name == query.Name)
                    .Select(f => new Model(f.Content, f.ContentType))
                    .SingleOrDefaultAsync(cancellationToken);
    }
}
