using System.Linq.Expressions;
using CoCreation.Domain.ActionPlans;
using CoCreation.Domain.Comments;
using CoCreation.Domain.Members;
using CoCreation.Web.Features.Members;
using CoCreation.Web.Features.OpenData;

namespace CoCreation.Web.Features.Comments;

/// <summary>
/// Every published comment and reply across targets, in the order they were published, filtered by member, submission
/// and language: the conversations as open data and through the public API. Removed, deleted and hidden ones never
/// appear, nor those under a target the public no longer reads (a withdrawn, hidden or removed submission).
/// </summary>
public static class Index
{
    [Allow(Audience.Anonymous)]
    public sealed record Query : MemberListQuery, IQuery<KeysetPage<Item>>
    {
        /// <summary>Only the conversation under this submission.</summary>
        public long? Submission { get; init; }

        /// <summary>The language the comments are written in (a BCP 47 tag of the list).</summary>
        public string? Language { get; init; }
    }

    /// <summary>Every published comment, streamed for the open-data downloads.</summary>
    [Allow(Audience.Anonymous)]
    public sealed record Stream : IStreamQuery<Item>;

    /// <param name="OgpId">For a comment on a commitment: the commitment's id, for its address.</param>
    public sealed record Item(
        long Id,
        CommentTargetKind TargetKind,
        long TargetId,
        long? ParentId,
        string MemberCode,
        string AuthorName,
        CommentRole Role,
        string Text,
        string Language,
        DateTimeOffset PublishedAt,
        DateTimeOffset? EditedAt,
        string? OgpId
    )
    {
        /// <summary>The comment on its target's page.</summary>
        public string Url => Paths.CommentOn(CommentPages.Of(TargetKind, TargetId, MemberCode, OgpId), Id);
    }

    public static string CursorOf(Item item) => Keyset.TimeAndId(item.PublishedAt, item.Id);

    public sealed class Validator : MemberListQueryValidator<Query>
    {
        public Validator(IStringLocalizer<SharedResource> text)
            : base(text, Keyset.IsTimeAndId)
        {
            RuleFor(q => q.Language).Must(l => l is null || ContentLanguages.IsKnown(l)).WithMessage(_ => text["Validation.Choice"]);
        }
    }

    public sealed class Handler(PortalDbContext db) : PublicListHandler<Query, Stream, Item>(query => Public(db, query), CursorOf);

    public static IQueryable<Item> Public(PortalDbContext db, Query query)
    {
        // Only under targets the public reads, as the feeds: a submission withdrawn, hidden or removed after its
        // comments takes its conversation out of the downloads and the API too.
        var comments = CommentTargets.OnOpenTargets(db).Where(c => c.Status == CommentStatus.Published);
        if (query.Submission is { } submission)
        {
            comments = comments.Where(c => c.TargetKind == CommentTargetKind.Submission && c.TargetId == submission);
        }

        if (!string.IsNullOrWhiteSpace(query.Language))
        {
            comments = comments.Where(c => c.Language == query.Language);
        }

        if (Keyset.TryParseTimeAndId(query.After, out var at, out var id))
        {
            comments = comments.Where(c => c.PublishedAt >= at && (c.PublishedAt > at || c.Id > id));
        }

        return comments
            .OrderBy(c => c.PublishedAt)
            .ThenBy(c => c.Id)
            .Join(MemberFilter.Of(db, query.Member), c => c.MemberId, m => m.Id, AsItem(db))
            .AsNoTracking();
    }

    /// <summary>
    /// A published comment as the public reads it (with its member's code and, on a commitment, the commitment's OGP id
    /// for its address): the list, the downloads, the API and the feeds.
    /// </summary>
    public static Expression<Func<Comment, Member, Item>> AsItem(PortalDbContext db) =>
        (c, m) =>
            new Item(
                c.Id,
                c.TargetKind,
                c.TargetId,
                c.ParentId,
                m.Code,
                c.AuthorName,
                c.AuthorRole,
                c.Text,
                c.Language,
                c.PublishedAt!.Value,
                c.EditedAt,
                c.TargetKind == CommentTargetKind.Commitment
                    ? db.Set<Commitment>().Where(k => k.Id == c.TargetId).Select(k => k.OgpId).FirstOrDefault()
                    : null
            );
}
