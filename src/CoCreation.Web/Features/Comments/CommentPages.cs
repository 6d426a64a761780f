using CoCreation.Domain.Comments;

namespace CoCreation.Web.Features.Comments;

/// <summary>The page a comment lives on, whatever its target's kind, with its anchor.</summary>
public static class CommentPages
{
    /// <summary>
    /// The one answer to "which page is this comment on": a submission's page, a commitment's (by its OGP id) or the
    /// timeline of the member it belongs to.
    /// </summary>
    /// <param name="memberCode">The code of the member the comment's target belongs to.</param>
    /// <param name="ogpId">For a comment on a commitment: the commitment's OGP id.</param>
    public static string Of(CommentTargetKind kind, long targetId, string memberCode, string? ogpId) =>
        kind switch
        {
            CommentTargetKind.Commitment => Paths.Commitment(ogpId ?? ""),
            CommentTargetKind.Timeline => Paths.Timeline(memberCode),
            _ => Paths.Submission(targetId),
        };

    public static async Task<string> LinkAsync(PortalDbContext db, Comment comment, CancellationToken cancellationToken) =>
        Paths.CommentOn(await PageAsync(db, comment, cancellationToken), comment.Id);

    private static async Task<string> PageAsync(PortalDbContext db, Comment comment, CancellationToken cancellationToken)
    {
        var where = await db
            .Members.Where(m => m.Id == comment.MemberId)
            .Select(m => new
            {
                m.Code,
                OgpId = comment.TargetKind == CommentTargetKind.Commitment
                    ? db.Commitments.Where(c => c.Id == comment.TargetId).Select(c => c.OgpId).FirstOrDefault()
                    : null,
            })
            .SingleAsync(cancellationToken);
        return Of(comment.TargetKind, comment.TargetId, where.Code, where.OgpId);
    }
}
