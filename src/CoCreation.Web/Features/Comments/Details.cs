using CoCreation.Domain.Comments;
using CoCreation.Web.Infrastructure;
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
        public string Link => Paths.CommentOn(Page, Id);

        /// <summary>Why nobody may answer it (a message key); null when they may.</summary>
        public string? ReplyRefusal => Comment.ReplyRefusal(Status, ParentId);

        public bool CanReply => ReplyRefusal is null;

        public bool CanDelete => Mine && Comment.IsOpenToItsAuthor(Status);

        public bool CanReport => !Mine && Status == CommentStatus.Published && !Reported;
    }

    public sealed class Handler(PortalDbContext db, CurrentActor actor, TimeProvider clock, IOptions<PortalOptions> options)
        : IQueryHandler<Query, Model?>
    {
        public async ValueTask<Model?> Handle(Query query, CancellationToken cancellationToken) =>
            await FindAsync(db, actor.UserId, clock.GetUtcNow(), options.Value.Comments.EditWindow, query.Id, cancellationToken);
    }

    /// <summary>
    /// The comment for a form only its author uses (edit, delete): anyone else is refused with a 403 page, whoever asks;
    /// null when there is no comment they may read.
    /// </summary>
    public static async Task<Model?> FindForItsAuthorAsync(
        PortalDbContext db,
        CurrentActor actor,
        DateTimeOffset now,
        TimeSpan editWindow,
        long id,
        CancellationToken cancellationToken
    )
    {
        var comment = await FindAsync(db, actor.RequireUserId(), now, editWindow, id, cancellationToken);
        return comment is { Mine: false } ? throw new UnauthorizedAccessException("Only its author edits or deletes a comment.") : comment;
    }

    /// <summary>
    /// The comment as <paramref name="userId"/> may read it, in one database trip (its target open to the public, its
    /// page, whether they reported it); null when they may not read it.
    /// </summary>
    public static async Task<Model?> FindAsync(
        PortalDbContext db,
        Guid? userId,
        DateTimeOffset now,
        TimeSpan editWindow,
        long id,
        CancellationToken cancellationToken
    )
    {
        var row = await (
            from c in CommentTargets.OnOpenTargets(db)
            join m in db.Members on c.MemberId equals m.Id
            where c.Id == id
            select new
            {
                c.Id,
                c.ParentId,
                c.AuthorId,
                c.AuthorName,
                c.AuthorRole,
                c.Text,
                c.Language,
                c.Status,
                c.PostedAt,
                c.TargetKind,
                c.TargetId,
                m.Code,
                OgpId = c.TargetKind == CommentTargetKind.Commitment
                    ? db.Commitments.Where(k => k.Id == c.TargetId).Select(k => k.OgpId).FirstOrDefault()
                    : null,
                Reported = userId != null && db.ReaderReports.Any(r => r.CommentId == c.Id && r.ReporterId == userId),
            }
        )
            .AsNoTracking()
            .SingleOrDefaultAsync(cancellationToken);
        var mine = userId is not null && row?.AuthorId == userId;
        if (row is null || !(row.Status == CommentStatus.Published || (row.Status == CommentStatus.AwaitingReview && mine)))
        {
            return null;
        }

        return new Model(
            row.Id,
            row.ParentId,
            row.AuthorName,
            row.AuthorRole,
            row.Text,
            row.Language,
            row.Status,
            row.PostedAt,
            CommentPages.Of(row.TargetKind, row.TargetId, row.Code, row.OgpId),
            row.Code,
            mine,
            CanEdit: mine && Comment.IsEditable(row.Status, row.PostedAt, editWindow, now),
            row.Reported
        );
    }
}
