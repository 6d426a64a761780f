using CoCreation.Domain.ActionPlans;
using CoCreation.Domain.Comments;
using CoCreation.Web.Data;
using CoCreation.Web.Infrastructure.Identity;
using CoCreation.Web.Infrastructure.Web;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CoCreation.Web.Features.Comments;

/// <summary>
/// Every published comment and reply across targets, in the order they were published, filtered by member, submission
/// and language: the conversations as open data and through the public API. Removed, deleted and hidden ones never
/// appear, nor those under a target the public no longer reads (a withdrawn, hidden or removed submission).
/// </summary>
public static class Index
{
    public const int PageSize = 50;

    [Allow(Audience.Anonymous)]
    public sealed record Query : IQuery<Model>
    {
        /// <summary>A member's code.</summary>
        public string? Member { get; init; }

        /// <summary>Only the conversation under this submission.</summary>
        public long? Submission { get; init; }

        /// <summary>The language the comments are written in (a BCP 47 tag of the list).</summary>
        public string? Language { get; init; }

        /// <summary>Keyset cursor: "{published at ticks}-{id}" of the last comment of the previous page.</summary>
        public string? After { get; init; }

        public int? Limit { get; init; }
    }

    /// <summary>Every published comment, streamed for the open-data downloads.</summary>
    [Allow(Audience.Anonymous)]
    public sealed record Stream : IStreamQuery<Item>;

    public sealed record Model(IReadOnlyList<Item> Items, string? NextAfter) : IKeysetPage<Item>;

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

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator(IStringLocalizer<SharedResource> text)
        {
            RuleFor(q => q.Member).Must(m => m is null || Keyset.IsValidTextKey(m)).WithMessage(_ => text["Validation.Choice"]);
            RuleFor(q => q.Language)
                .Must(l => l is null || Domain.Common.ContentLanguages.IsKnown(l))
                .WithMessage(_ => text["Validation.Choice"]);
            RuleFor(q => q.After)
                .Must(a => a is null || Keyset.TryParseTimeAndId(a, out _, out _))
                .WithMessage(_ => text["Validation.Cursor"]);
            RuleFor(q => q.Limit).ValidLimit(text);
        }
    }

    public sealed class Handler(PortalDbContext db) : IQueryHandler<Query, Model>, IStreamQueryHandler<Stream, Item>
    {
        public async ValueTask<Model> Handle(Query query, CancellationToken cancellationToken)
        {
            var (page, next) = await Keyset.PageAsync(Public(db, query), query.Limit ?? PageSize, CursorOf, cancellationToken);
            return new Model(page, next);
        }

        public IAsyncEnumerable<Item> Handle(Stream query, CancellationToken cancellationToken) =>
            Public(db, new Query()).AsAsyncEnumerable();
    }

    public static IQueryable<Item> Public(PortalDbContext db, Query query)
    {
        var rows =
            // Only under targets the public reads, as the feeds: a submission withdrawn, hidden or removed after its
            // comments takes its conversation out of the downloads and the API too.
            from c in CommentTargets.OnOpenTargets(db)
            join m in db.Members on c.MemberId equals m.Id
            where c.Status == CommentStatus.Published
            select new { c, m.Code };
        if (!string.IsNullOrWhiteSpace(query.Member))
        {
            var code = query.Member.ToUpperInvariant();
            rows = rows.Where(r => r.Code == code);
        }

        if (query.Submission is { } submission)
        {
            rows = rows.Where(r => r.c.TargetKind == CommentTargetKind.Submission && r.c.TargetId == submission);
        }

        if (!string.IsNullOrWhiteSpace(query.Language))
        {
            rows = rows.Where(r => r.c.Language == query.Language);
        }

        if (Keyset.TryParseTimeAndId(query.After, out var at, out var id))
        {
            rows = rows.Where(r => r.c.PublishedAt >= at && (r.c.PublishedAt > at || r.c.Id > id));
        }

        return rows.OrderBy(r => r.c.PublishedAt)
            .ThenBy(r => r.c.Id)
            .Select(r => new Item(
                r.c.Id,
                r.c.TargetKind,
                r.c.TargetId,
                r.c.ParentId,
                r.Code,
                r.c.AuthorName,
                r.c.AuthorRole,
                r.c.Text,
                r.c.Language,
                r.c.PublishedAt!.Value,
                r.c.EditedAt,
                r.c.TargetKind == CommentTargetKind.Commitment
                    ? db.Set<Commitment>().Where(k => k.Id == r.c.TargetId).Select(k => k.OgpId).FirstOrDefault()
                    : null
            ))
            .AsNoTracking();
    }
}
