using CoCreation.Domain.Notifications;

namespace CoCreation.Web.Features.Notifications;

/// <summary>
/// Everything the signed-in person follows, by kind, with a way to stop each (the follow button's form) — what they may
/// still read: an endorsed submission later withdrawn or removed drops out of the list (their own stays).
/// </summary>
public static class Following
{
    [Allow(Audience.Participant)]
    public sealed record Query : IQuery<IReadOnlyList<Item>>;

    public sealed record Item(FollowedKind Kind, string Key, LocalizedText Title, string Link, bool Automatic);

    public sealed class Handler(PortalDbContext db, CurrentActor actor) : IQueryHandler<Query, IReadOnlyList<Item>>
    {
        public async ValueTask<IReadOnlyList<Item>> Handle(Query query, CancellationToken cancellationToken)
        {
            var personId = actor.RequireUserId();
            var mine = db.Follows.AsNoTracking().Where(f => f.PersonId == personId);

            var submissions =
                from f in mine
                where f.Kind == FollowedKind.Submission
                join s in Readable.Submissions(db, personId) on f.SubjectId equals s.Id
                select new Row
                {
                    Kind = f.Kind,
                    Id = f.SubjectId,
                    En = s.Title,
                    Fr = (string?)null,
                    Es = (string?)null,
                    Key = "",
                    Automatic = f.Automatic,
                    At = f.CreatedAt,
                };
            var commitments = Followed(
                FollowedKind.Commitment,
                Readable
                    .Commitments(db, actor)
                    .Select(c => new Subject
                    {
                        Id = c.Id,
                        En = c.Title.En,
                        Fr = c.Title.Fr,
                        Es = c.Title.Es,
                        Key = c.OgpId,
                    })
            );
            var members = Followed(
                FollowedKind.Member,
                db.Members.Select(m => new Subject
                {
                    Id = m.Id,
                    En = m.Name.En,
                    Fr = m.Name.Fr,
                    Es = m.Name.Es,
                    Key = m.Code,
                })
            );
            var campaigns = Followed(
                FollowedKind.Campaign,
                db.Campaigns.Select(c => new Subject
                {
                    Id = c.Id,
                    En = c.Title.En,
                    Fr = c.Title.Fr,
                    Es = c.Title.Es,
                    Key = c.Slug,
                })
            );
            // One statement (UNION ALL) for the four kinds.
            var rows = await submissions.Concat(commitments).Concat(members).Concat(campaigns).ToListAsync(cancellationToken);

            return rows.OrderBy(r => r.Kind)
                .ThenByDescending(r => r.At)
                .Select(r => new Item(
                    r.Kind,
                    r.Kind == FollowedKind.Submission ? r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) : r.Key,
                    new LocalizedText(r.En.Length > 0 ? r.En : r.Fr ?? r.Es ?? "…", r.Fr, r.Es),
                    r.Kind switch
                    {
                        FollowedKind.Submission => Paths.Submission(r.Id),
                        FollowedKind.Commitment => Paths.Commitment(r.Key),
                        FollowedKind.Member => Paths.Member(r.Key),
                        _ => Paths.Campaign(r.Key),
                    },
                    r.Automatic
                ))
                .ToList();

            // A kind whose subjects have a title in three languages and a key of their own for their address.
            IQueryable<Row> Followed(FollowedKind kind, IQueryable<Subject> subjects) =>
                from f in mine
                where f.Kind == kind
                join s in subjects on f.SubjectId equals s.Id
                select new Row
                {
                    Kind = f.Kind,
                    Id = f.SubjectId,
                    En = s.En,
                    Fr = s.Fr,
                    Es = s.Es,
                    Key = s.Key,
                    Automatic = f.Automatic,
                    At = f.CreatedAt,
                };
        }
    }

    /// <summary>A followed thing's title and key, whatever its kind.</summary>
    private sealed class Subject
    {
        public long Id { get; init; }

        public string En { get; init; } = "";

        public string? Fr { get; init; }

        public string? Es { get; init; }

        public string Key { get; init; } = "";
    }

    /// <summary>One shape for the four kinds, set by member (not by constructor) so the four can be one UNION ALL.</summary>
    private sealed class Row
    {
        public FollowedKind Kind { get; init; }

        public long Id { get; init; }

        public string En { get; init; } = "";

        public string? Fr { get; init; }

        public string? Es { get; init; }

        public string Key { get; init; } = "";

        public bool Automatic { get; init; }

        public DateTimeOffset At { get; init; }
    }
}
