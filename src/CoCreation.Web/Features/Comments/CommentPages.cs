using CoCreation.Domain.Comments;
using CoCreation.Web.Data;
using CoCreation.Web.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace CoCreation.Web.Features.Comments;

/// <summary>The page a comment lives on, whatever its target's kind, with its anchor.</summary>
public static class CommentPages
{
    public static async Task<string> LinkAsync(PortalDbContext db, Comment comment, CancellationToken cancellationToken) =>
        Paths.CommentOn(await PageAsync(db, comment.Target, cancellationToken), comment.Id);

    public static async Task<string> PageAsync(PortalDbContext db, CommentTarget target, CancellationToken cancellationToken) =>
        target.Kind switch
        {
            CommentTargetKind.Commitment => Paths.Commitment(
                await db.Commitments.Where(c => c.Id == target.Id).Select(c => c.OgpId).SingleAsync(cancellationToken)
            ),
            CommentTargetKind.Timeline => Paths.Timeline(
                await db
                    .Timelines.Where(t => t.Id == target.Id)
                    .Join(db.Members, t => t.MemberId, m => m.Id, (t, m) => m.Code)
                    .SingleAsync(cancellationToken)
            ),
            _ => Paths.Submission(target.Id),
        };
}
