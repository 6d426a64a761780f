using CoCreation.Domain.Submissions;

namespace CoCreation.Web.Features.Moderation;

/// <summary>
/// The support unit's queue: submissions waiting for a decision (or published and waiting to be
/// forwarded), oldest first, with filters and the number waiting per member.
/// </summary>
public static class Index
{
    public const int PageSize = 100;

    public enum Stage
    {
        Pending,
        Held,
        ToForward,
    }

    [Allow(Audience.SupportUnit)]
    public sealed record Query : IQuery<Model>
    {
        public Stage Stage { get; init; }

        public string? Member { get; init; }

        public SubmissionKind? Kind { get; init; }

        public string? Language { get; init; }

        /// <summary>Only those waiting at least this many days.</summary>
        public int? OlderThanDays { get; init; }
    }

    /// <param name="Total">Waiting in this view: the stage with its filters (the list shows the first <see cref="PageSize"/>).</param>
    public sealed record Model(IReadOnlyList<Item> Items, IReadOnlyList<MemberCount> PerMember, int Total);

    /// <param name="HasContact">The member has a government official to forward to; without one, forwarding is held.</param>
    public sealed record Item(
        long Id,
        SubmissionKind Kind,
        string Title,
        string Language,
        string MemberCode,
        LocalizedText MemberName,
        string AuthorName,
        DateTimeOffset SubmittedAt,
        bool Held,
        bool HasContact
    );

    public sealed record MemberCount(string Code, LocalizedText Name, int Count);

    public sealed class Handler(PortalDbContext db, TimeProvider clock) : IQueryHandler<Query, Model>
    {
        public async ValueTask<Model> Handle(Query query, CancellationToken cancellationToken)
        {
            var waiting = query.Stage switch
            {
                Stage.ToForward => db.Submissions.AsNoTracking().Where(s => s.Status == SubmissionStatus.Published),
                Stage.Held => db.Submissions.AsNoTracking().Where(s => s.Status == SubmissionStatus.Pending && s.Held),
                _ => db.Submissions.AsNoTracking().Where(s => s.Status == SubmissionStatus.Pending && !s.Held),
            };
            var counts = await waiting
                .GroupBy(s => s.MemberId)
                .Select(g => new { MemberId = g.Key, Count = g.Count() })
                .ToListAsync(cancellationToken);
            var ids = counts.Select(c => c.MemberId).ToList();
            var names = await db
                .Members.AsNoTracking()
                .Where(m => ids.Contains(m.Id))
                .Select(m => new
                {
                    m.Id,
                    m.Code,
                    m.Name,
                })
                .ToDictionaryAsync(m => m.Id, cancellationToken);
            var perMember = counts
                .Select(c => new MemberCount(names[c.MemberId].Code, names[c.MemberId].Name, c.Count))
                .OrderByDescending(c => c.Count)
                .ThenBy(c => c.Code)
                .ToList();

            var filtered = waiting;
            if (!string.IsNullOrWhiteSpace(query.Member))
            {
                var code = query.Member.ToUpperInvariant();
                filtered = filtered.Where(s => db.Members.Any(m => m.Id == s.MemberId && m.Code == code));
            }

            if (query.Kind is { } kind)
            {
                filtered = filtered.Where(s => s.Kind == kind);
            }

            if (!string.IsNullOrWhiteSpace(query.Language))
            {
                filtered = filtered.Where(s => s.Language == query.Language);
            }

            if (query.OlderThanDays is { } days and > 0)
            {
                var before = clock.GetUtcNow().AddDays(-Math.Min(days, 3650));
                filtered = filtered.Where(s => s.SubmittedAt <= before);
            }

            var items = await filtered
                .OrderBy(s => s.SubmittedAt)
                .ThenBy(s => s.Id)
                .Take(PageSize)
                .Join(
                    db.Members,
                    s => s.MemberId,
                    m => m.Id,
                    (s, m) =>
                        new Item(
                            s.Id,
                            s.Kind,
                            s.Title,
                            s.Language,
                            m.Code,
                            m.Name,
                            s.AuthorName,
                            s.SubmittedAt,
                            s.Held,
                            db.OfficialAssignments.Any(a => a.MemberId == m.Id)
                        )
                )
                .ToListAsync(cancellationToken);
            // Unfiltered, the per-member counts already add up to the view; a filter needs its own count
            // (only when the page is full, since a shorter list is the whole view).
            var filteredBy =
                query.Member is { Length: > 0 }
                || query.Kind is not null
                || !string.IsNullOrWhiteSpace(query.Language)
                || query.OlderThanDays is > 0;
            var total =
                !filteredBy ? perMember.Sum(c => c.Count)
                : items.Count < PageSize ? items.Count
                : await filtered.CountAsync(cancellationToken);
            return new Model(items, perMember, total);
        }
    }
}
