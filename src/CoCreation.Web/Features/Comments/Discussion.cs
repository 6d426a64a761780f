using CoCreation.Domain.Comments;
using CoCreation.Web.Infrastructure;
using Microsoft.Extensions.Options;

namespace CoCreation.Web.Features.Comments;

/// <summary>
/// The conversation under a target, oldest thread first, each with its replies: what everyone reads (published
/// comments, placeholders where a comment was deleted or removed), plus the reader's own comments that wait for
/// review and the reason of their own removed ones; with what the reader may do to each.
/// </summary>
public static class Discussion
{
    [Allow(Audience.Anonymous)]
    public sealed record Query(CommentTargetKind Kind, long Id) : IQuery<Model>;

    /// <param name="Open">The public reads the target, so a signed-in reader may comment.</param>
    /// <param name="Count">Published comments and replies.</param>
    public sealed record Model(bool Open, int Count, IReadOnlyList<Item> Comments, string? MemberCode)
    {
        public static readonly Model Closed = new(false, 0, [], null);
    }

    /// <param name="Text">Null for a placeholder: a deleted, removed or hidden comment the reader may not read.</param>
    /// <param name="RoleMember">For an official's mark: the member they act for.</param>
    public sealed record Item(
        long Id,
        string AuthorName,
        CommentRole Role,
        LocalizedText? RoleMember,
        string? Text,
        string Language,
        CommentStatus Status,
        DateTimeOffset PostedAt,
        bool Edited,
        string? RemovalReason,
        bool Mine,
        bool CanEdit,
        bool CanReply,
        bool CanReport,
        bool Reported,
        IReadOnlyList<Item> Replies
    )
    {
        public bool CanDelete => Mine && Comment.IsOpenToItsAuthor(Status);
    }

    public sealed class Handler(PortalDbContext db, CurrentActor actor, TimeProvider clock, IOptions<PortalOptions> options)
        : IQueryHandler<Query, Model>
    {
        public async ValueTask<Model> Handle(Query query, CancellationToken cancellationToken)
        {
            var facts = await CommentTargets.FindOpenAsync(db, new CommentTarget(query.Kind, query.Id), cancellationToken);
            if (facts is null)
            {
                return Model.Closed;
            }

            var rows = await db
                .Comments.AsNoTracking()
                .Where(c => c.TargetKind == query.Kind && c.TargetId == query.Id)
                .OrderBy(c => c.PostedAt)
                .ThenBy(c => c.Id)
                .Select(c => new
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
                    c.EditedAt,
                    c.RemovalReason,
                })
                .ToListAsync(cancellationToken);
            var userId = actor.UserId;
            var reported =
                userId is null || rows.Count == 0
                    ? []
                    : await db
                        .ReaderReports.Where(r =>
                            r.ReporterId == userId
                            && db.Comments.Any(c => c.Id == r.CommentId && c.TargetKind == query.Kind && c.TargetId == query.Id)
                        )
                        .Select(r => r.CommentId!.Value)
                        .ToHashSetAsync(cancellationToken);
            var now = clock.GetUtcNow();
            var window = options.Value.Comments.EditWindow;
            var staff = actor.IsStaff;

            var items = rows.Select(c =>
                {
                    var mine = userId is not null && c.AuthorId == userId;
                    var readable = c.Status == CommentStatus.Published || (c.Status == CommentStatus.AwaitingReview && (mine || staff));
                    return new
                    {
                        c.ParentId,
                        c.Status,
                        Readable = readable,
                        Item = new Item(
                            c.Id,
                            c.AuthorName,
                            c.AuthorRole,
                            c.AuthorRole == CommentRole.Official ? facts.MemberName : null,
                            readable ? c.Text : null,
                            c.Language,
                            c.Status,
                            c.PostedAt,
                            c.EditedAt is not null && c.Status is CommentStatus.Published or CommentStatus.AwaitingReview,
                            mine && c.Status == CommentStatus.Removed ? c.RemovalReason : null,
                            mine,
                            CanEdit: mine && Comment.IsEditable(c.Status, c.PostedAt, window, now),
                            CanReply: userId is not null && Comment.ReplyRefusal(c.Status, c.ParentId) is null,
                            CanReport: userId is not null && !mine && c.Status == CommentStatus.Published && !reported.Contains(c.Id),
                            Reported: reported.Contains(c.Id),
                            []
                        ),
                    };
                })
                .ToList();
            // A comment the reader reported keeps its place for them once hidden: the reader who hid it lands on its
            // anchor and reads that the support unit is looking at it, instead of finding it gone without a word.
            var replies = items
                .Where(i =>
                    i.ParentId is not null && (i.Readable || i.Item.Reported || i.Status is CommentStatus.Deleted or CommentStatus.Removed)
                )
                .GroupBy(i => i.ParentId!.Value)
                .ToDictionary(g => g.Key, g => (IReadOnlyList<Item>)g.Select(i => i.Item).ToList());
            var threads = items
                .Where(i => i.ParentId is null)
                .Select(i => i.Item with { Replies = replies.GetValueOrDefault(i.Item.Id, []) })
                // A comment hidden from this reader shows as a placeholder only where replies need its place.
                .Where(i =>
                    i.Text is not null || i.Reported || i.Status is CommentStatus.Deleted or CommentStatus.Removed || i.Replies.Count > 0
                )
                .ToList();
            return new Model(true, rows.Count(r => r.Status == CommentStatus.Published), threads, facts.MemberCode);
        }
    }
}
