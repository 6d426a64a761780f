using CoCreation.Domain.Common;
using CoCreation.Domain.Notifications;
using CoCreation.Web.Data;
using CoCreation.Web.Infrastructure.Identity;
using CoCreation.Web.Infrastructure.Web;
using Mediator;
using Microsoft.EntityFrameworkCore;

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
                select new Row(f.Kind, f.SubjectId, s.Title, null, null, "", f.Automatic, f.CreatedAt);
            var commitments =
                from f in mine
                where f.Kind == FollowedKind.Commitment
                join c in Readable.Commitments(db, actor) on f.SubjectId equals c.Id
                select new Row(f.Kind, f.SubjectId, c.Title.En, c.Title.Fr, c.Title.Es, c.OgpId, f.Automatic, f.CreatedAt);
            var members =
                from f in mine
                where f.Kind == FollowedKind.Member
                join m in db.Members on f.SubjectId equals m.Id
                select new Row(f.Kind, f.SubjectId, m.Name.En, m.Name.Fr, m.Name.Es, m.Code, f.Automatic, f.CreatedAt);
            var campaigns =
                from f in mine
                where f.Kind == FollowedKind.Campaign
                join c in db.Campaigns on f.SubjectId equals c.Id
                select new Row(f.Kind, f.SubjectId, c.Title.En, c.Title.Fr, c.Title.Es, c.Slug, f.Automatic, f.CreatedAt);
            var rows = new List<Row>();
            foreach (var kind in new[] { submissions, commitments, members, campaigns })
            {
                rows.AddRange(await kind.ToListAsync(cancellationToken));
            }

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
        }
    }

    private sealed record Row(FollowedKind Kind, long Id, string En, string? Fr, string? Es, string Key, bool Automatic, DateTimeOffset At);
}
