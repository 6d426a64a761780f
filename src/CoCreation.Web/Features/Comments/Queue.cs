using System.Linq.Expressions;
using CoCreation.Domain.Comments;

namespace CoCreation.Web.Features.Comments;

/// <summary>
/// The support unit's queue of comments: those hidden by reports or held because their author is flagged, and
/// published ones with reports not yet reviewed; oldest first, each with its reports.
/// </summary>
public static class Queue
{
    [Allow(Audience.SupportUnit)]
    public sealed record Query(long? Id = null) : IQuery<Model>;

    /// <param name="Total">Comments waiting (the list shows the first <see cref="Moderation.SupportQueue.PageSize"/>).</param>
    public sealed record Model(IReadOnlyList<Item> Items, int Total);

    public sealed record Item(
        long Id,
        CommentTargetKind TargetKind,
        long TargetId,
        string MemberCode,
        LocalizedText MemberName,
        string AuthorName,
        CommentRole Role,
        string Text,
        string? OriginalText,
        string Language,
        CommentStatus Status,
        bool Held,
        DateTimeOffset PostedAt,
        IReadOnlyList<Moderation.SupportQueue.Report> Reports,
        string? OgpId
    )
    {
        public string Page => CommentPages.Of(TargetKind, TargetId, MemberCode, OgpId);

        /// <summary>Readers cannot see it until the support unit decides (hidden by reports, or held); else still published.</summary>
        public bool Hidden => Status == CommentStatus.AwaitingReview;

        /// <summary>The comment on its target's page: the support unit reads the comments that wait for review there too.</summary>
        public string Link => Paths.CommentOn(Page, Id);
    }

    /// <summary>A comment waits for the support unit: held by reports, or still published with reports it has not seen.</summary>
    public static readonly Expression<Func<Comment, bool>> Waiting = c =>
        c.Status == CommentStatus.AwaitingReview || (c.Status == CommentStatus.Published && c.OpenReports > 0);

    public sealed class Handler(PortalDbContext db) : IQueryHandler<Query, Model>
    {
        public async ValueTask<Model> Handle(Query query, CancellationToken cancellationToken)
        {
            var waiting = db.Comments.AsNoTracking().Where(Waiting);
            if (query.Id is { } id)
            {
                waiting = waiting.Where(c => c.Id == id);
            }

            var reportAsShown = Moderation.SupportQueue.Shown(db);
            var (items, total) = await Moderation.SupportQueue.FirstPageAsync(
                waiting
                    .OrderBy(c => c.PostedAt)
                    .ThenBy(c => c.Id)
                    .Join(
                        db.Members,
                        c => c.MemberId,
                        m => m.Id,
                        (c, m) =>
                            new Item(
                                c.Id,
                                c.TargetKind,
                                c.TargetId,
                                m.Code,
                                m.Name,
                                c.AuthorName,
                                c.AuthorRole,
                                c.Text,
                                c.OriginalText,
                                c.Language,
                                c.Status,
                                c.Held,
                                c.PostedAt,
                                db.ReaderReports.Where(r => r.CommentId == c.Id)
                                    .OrderByDescending(r => r.At)
                                    .Select(reportAsShown)
                                    .ToList(),
                                c.TargetKind == CommentTargetKind.Commitment
                                    ? db.Commitments.Where(k => k.Id == c.TargetId).Select(k => k.OgpId).FirstOrDefault()
                                    : null
                            )
                    ),
                cancellationToken
            );
            return new Model(items, total);
        }
    }
}
