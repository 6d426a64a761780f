using CoCreation.Domain.Comments;
using CoCreation.Web.Data;
using CoCreation.Web.Infrastructure;
using CoCreation.Web.Infrastructure.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoCreation.Web.Features.Comments;

/// <summary>
/// One comment, for the pages that act on it (reply, edit, delete, report): what the reader may read of it, where it
/// lives and what they may do. Null when the reader may not read it.
/// </summary>
public static class Details
{
    [Allow(Audience.Anonymous)]
    public sealed record Query(long Id) : IQuery<Model?>;

    public sealed record Model(
        long Id,
        long? ParentId,
        string AuthorName,
        CommentRole Role,
        string Text,
        string Language,
        CommentStatus Status,
        DateTimeOffset PostedAt,
        string Page,
        string MemberCode,
        bool Mine,
        bool CanEdit,
        bool Reported
    )
    {
        public string Link => Infrastructure.Web.Paths.CommentOn(Page, Id);

        /// <summary>Why nobody may answer it (a message key); null when they may.</summary>
        public string? ReplyRefusal => Comment.ReplyRefusal(Status, ParentId);

        public bool CanReply => ReplyRefusal is null;

        public bool CanDelete => Mine && Comment.IsOpenToItsAuthor(Status);

        public bool CanReport => !Mine && Status == CommentStatus.Published && !Reported;
    }

    public sealed class Handler(PortalDbContext db, CurrentActor actor, TimeProvider clock, IOptions<PortalOptions> options)
        : IQueryHandler<Query, Model?>
    {
        public async ValueTask<Model?> Handle(Query query, CancellationToken cancellationToken)
        {
            var userId = actor.UserId;
            var comment = await db.Comments.AsNoTracking().SingleOrDefaultAsync(c => c.Id == query.Id, cancellationToken);
            if (comment is null)
            {
                return null;
            }

            var mine = userId is not null && comment.AuthorId == userId;
            var readable = comment.Status == CommentStatus.Published || (comment.Status == CommentStatus.AwaitingReview && mine);
            var facts = readable ? await CommentTargets.FindOpenAsync(db, comment.Target, cancellationToken) : null;
            if (facts is null)
            {
                return null;
            }

            var reported =
                userId is not null
                && await db.CommentReports.AnyAsync(r => r.CommentId == comment.Id && r.ReporterId == userId, cancellationToken);
            return new Model(
                comment.Id,
                comment.ParentId,
                comment.AuthorName,
                comment.AuthorRole,
                comment.Text,
                comment.Language,
                comment.Status,
                comment.PostedAt,
                facts.Page,
                facts.MemberCode,
                mine,
                CanEdit: mine && Comment.IsEditable(comment.Status, comment.PostedAt, options.Value.Comments.EditWindow, clock.GetUtcNow()),
                reported
            );
        }
    }
}
