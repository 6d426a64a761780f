using CoCreation.Domain.Timelines;

namespace CoCreation.Web.Features.Timelines;

/// <summary>What happened to published timelines, newest first: each publication and each later revision (one member, or all).</summary>
public static class Feed
{
    [Allow(Audience.Anonymous)]
    public sealed record Query(string? Code = null, int Limit = 50) : IQuery<Model?>;

    public sealed record Model(LocalizedText? MemberName, IReadOnlyList<Entry> Entries);

    /// <summary>A publication when <see cref="Change"/> is null, else a revision.</summary>
    public sealed record Entry(
        string Id,
        string MemberCode,
        LocalizedText MemberName,
        string Cycle,
        DateTimeOffset At,
        TimelineChange? Change,
        string? Subject,
        IReadOnlyList<string> Fields
    );

    public sealed class Handler(PortalDbContext db) : IQueryHandler<Query, Model?>
    {
        public async ValueTask<Model?> Handle(Query query, CancellationToken cancellationToken)
        {
            var members = db.Members.AsNoTracking();
            LocalizedText? name = null;
            if (query.Code is not null)
            {
                members = Members.MemberFilter.WithCode(db, query.Code);
                var member = await members.Select(m => new { m.Name }).SingleOrDefaultAsync(cancellationToken);
                if (member is null)
                {
                    return null;
                }

                name = member.Name;
            }

            var published = await (
                from t in db.Timelines.AsNoTracking()
                join m in members on t.MemberId equals m.Id
                where t.PublishedAt != null
                orderby t.PublishedAt descending
                select new
                {
                    t.Id,
                    m.Code,
                    m.Name,
                    t.Cycle,
                    At = t.PublishedAt!.Value,
                }
            )
                .Take(query.Limit)
                .ToListAsync(cancellationToken);
            var revisions = await (
                from t in db.Timelines.AsNoTracking()
                join m in members on t.MemberId equals m.Id
                from r in t.Revisions
                orderby r.At descending
                select new
                {
                    r.Id,
                    m.Code,
                    m.Name,
                    t.Cycle,
                    r.At,
                    r.Change,
                    r.Subject,
                    r.Fields,
                }
            )
                .Take(query.Limit)
                .ToListAsync(cancellationToken);
            var entries = published
                .Select(p => new Entry($"timeline-{p.Id}-published", p.Code, p.Name, p.Cycle, p.At, null, null, []))
                .Concat(
                    revisions.Select(r => new Entry(
                        $"timeline-revision-{r.Id}",
                        r.Code,
                        r.Name,
                        r.Cycle,
                        r.At,
                        r.Change,
                        r.Subject,
                        r.Fields
                    ))
                )
                .OrderByDescending(e => e.At)
                .Take(query.Limit)
                .ToList();
            return new Model(name, entries);
        }
    }
}
