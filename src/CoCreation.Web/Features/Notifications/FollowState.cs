using CoCreation.Domain.Notifications;

namespace CoCreation.Web.Features.Notifications;

/// <summary>Whether the signed-in person follows a thing: the follow button says Follow or Stop following.</summary>
public static class FollowState
{
    [Allow(Audience.Participant)]
    public sealed record Query(FollowedKind Kind, string Key) : IQuery<bool>;

    public sealed class Handler(PortalDbContext db, CurrentActor actor) : IQueryHandler<Query, bool>
    {
        public async ValueTask<bool> Handle(Query query, CancellationToken cancellationToken)
        {
            var personId = actor.RequireUserId();
            var mine = db.Follows.Where(f => f.PersonId == personId && f.Kind == query.Kind);
            var key = query.Key;
            var upper = key.ToUpperInvariant();
            var lower = key.ToLowerInvariant();
            return query.Kind switch
            {
                FollowedKind.Submission => long.TryParse(key, System.Globalization.CultureInfo.InvariantCulture, out var id)
                    && await mine.AnyAsync(f => f.SubjectId == id, cancellationToken),
                FollowedKind.Commitment => await mine.AnyAsync(
                    f => db.Commitments.Any(c => c.Id == f.SubjectId && c.OgpId == upper),
                    cancellationToken
                ),
                FollowedKind.Member => await mine.AnyAsync(
                    f => db.Members.Any(m => m.Id == f.SubjectId && m.Code == upper),
                    cancellationToken
                ),
                _ => await mine.AnyAsync(f => db.Campaigns.Any(c => c.Id == f.SubjectId && c.Slug == lower), cancellationToken),
            };
        }
    }
}
