using CoCreation.Domain.Comments;

namespace CoCreation.Web.Features.Comments;

/// <summary>
/// What the comment use cases need to know of a target, whatever its kind: whose member it is, whether the public
/// may read (and so discuss) it, the page it lives on and, for a submission, its author (told of new comments).
/// </summary>
public sealed record TargetFacts(
    CommentTarget Target,
    int MemberId,
    string MemberCode,
    LocalizedText MemberName,
    string Title,
    string Page,
    Guid? AuthorId,
    DateTimeOffset? AnsweredAt
)
{
    /// <summary>The address of one comment on its target's page.</summary>
    public string LinkTo(long commentId) => Paths.CommentOn(Page, commentId);
}

public static class CommentTargets
{
    /// <summary>
    /// The comments whose target the public reads, decided as <see cref="FindOpenAsync"/> does, for the queries that
    /// read a comment and its target in one database trip.
    /// </summary>
    public static IQueryable<Comment> OnOpenTargets(PortalDbContext db) =>
        db.Comments.Where(c =>
            (
                c.TargetKind == CommentTargetKind.Submission
                && db.Submissions.Any(s => s.Id == c.TargetId && PublicSubmissions.Statuses.Contains(s.Status))
            )
            || (
                c.TargetKind == CommentTargetKind.Commitment
                && db.Commitments.Any(k =>
                    k.Id == c.TargetId && db.NationalActionPlans.Any(p => p.Id == k.NationalActionPlanId && p.PublishedAt != null)
                )
            )
            || (c.TargetKind == CommentTargetKind.Timeline && db.Timelines.Any(t => t.Id == c.TargetId && t.PublishedAt != null))
        );

    /// <summary>The target when the public may read it, else null: nobody comments on what they cannot read.</summary>
    public static async Task<TargetFacts?> FindOpenAsync(PortalDbContext db, CommentTarget target, CancellationToken cancellationToken)
    {
        switch (target.Kind)
        {
            case CommentTargetKind.Submission:
                return await db
                    .Submissions.AsNoTracking()
                    .Where(s => s.Id == target.Id && PublicSubmissions.Statuses.Contains(s.Status))
                    .Join(
                        db.Members,
                        s => s.MemberId,
                        m => m.Id,
                        (s, m) =>
                            new TargetFacts(
                                target,
                                m.Id,
                                m.Code,
                                m.Name,
                                s.Title,
                                CommentPages.Of(target.Kind, s.Id, m.Code, null),
                                s.AuthorId,
                                s.AnsweredAt
                            )
                    )
                    .SingleOrDefaultAsync(cancellationToken);
            case CommentTargetKind.Commitment:
                return await (
                    from c in db.Commitments
                    join p in db.NationalActionPlans on c.NationalActionPlanId equals p.Id
                    join m in db.Members on p.MemberId equals m.Id
                    where c.Id == target.Id && p.PublishedAt != null
                    select new TargetFacts(
                        target,
                        m.Id,
                        m.Code,
                        m.Name,
                        c.OgpId,
                        CommentPages.Of(target.Kind, c.Id, m.Code, c.OgpId),
                        null,
                        null
                    )
                )
                    .AsNoTracking()
                    .SingleOrDefaultAsync(cancellationToken);
            case CommentTargetKind.Timeline:
                return await (
                    from t in db.Timelines
                    join m in db.Members on t.MemberId equals m.Id
                    where t.Id == target.Id && t.PublishedAt != null
                    select new TargetFacts(
                        target,
                        m.Id,
                        m.Code,
                        m.Name,
                        t.Cycle,
                        CommentPages.Of(target.Kind, t.Id, m.Code, null),
                        null,
                        null
                    )
                )
                    .AsNoTracking()
                    .SingleOrDefaultAsync(cancellationToken);
            default:
                return null;
        }
    }
}
