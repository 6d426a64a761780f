using System.Globalization;
using System.Linq.Expressions;
using CoCreation.Domain.Members;
using CoCreation.Domain.Submissions;
using NpgsqlTypes;

namespace CoCreation.Web.Features.Submissions;

/// <summary>
/// Published submissions, newest first, filtered and searched, a page at a time by keyset (the
/// position of the last row seen, never OFFSET), so page 2 000 costs what page 1 costs.
/// The page, the feeds and the exports read through <see cref="Public"/>.
/// </summary>
public static partial class Index
{
    [System.Text.RegularExpressions.GeneratedRegex("^20[0-9]{2}-20[0-9]{2}$")]
    private static partial System.Text.RegularExpressions.Regex CycleFormat();

    public const int PageSize = 20;

    [Allow(Audience.Anonymous)]
    public sealed record Query : KeysetQuery, IQuery<Model>
    {
        public string? Member { get; init; }

        public SubmissionKind? Kind { get; init; }

        public string? PolicyArea { get; init; }

        public SubmissionStatus? Status { get; init; }

        public string? Language { get; init; }

        /// <summary>The campaign it was sent in, by its slug.</summary>
        public string? Campaign { get; init; }

        /// <summary>The plan cycle it is about, "2017-2019".</summary>
        public string? Cycle { get; init; }

        /// <summary>Words to find, in the language each text is written in.</summary>
        public string? Q { get; init; }
    }

    public sealed record Model(IReadOnlyList<Item> Items, string? NextAfter) : IKeysetPage<Item>;

    public sealed record Item(
        long Id,
        SubmissionKind Kind,
        SubmissionStatus Status,
        string Title,
        string Language,
        string MemberCode,
        LocalizedText MemberName,
        string AuthorName,
        string? PolicyArea,
        DateTimeOffset PublishedAt,
        AnswerOutcome? Outcome,
        string? AnswerReason,
        string? AnswerLanguage,
        DateTimeOffset? AnsweredAt,
        int EndorsementCount,
        int CommentCount,
        int? CampaignId,
        string? Cycle
    )
    {
        /// <summary>The campaign's address name, filled from <see cref="CampaignChoices"/> after the rows are read.</summary>
        public string? CampaignSlug { get; init; }

        /// <summary>When it reached the member's officials: the card shows its response clock.</summary>
        public DateTimeOffset? ForwardedAt { get; init; }
    }

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator(IStringLocalizer<SharedResource> text)
        {
            RuleFor(q => q.Q).MaximumLength(200);
            RuleFor(q => q.Member).MaximumLength(Domain.Members.Member.CodeMax).WithMessage(_ => text["Validation.Choice"]);
            RuleFor(q => q.PolicyArea).Must(a => a is null || PolicyAreas.IsKnown(a)).WithMessage(_ => text["Validation.Choice"]);
            RuleFor(q => q.Language).Must(l => l is null || ContentLanguages.IsKnown(l)).WithMessage(_ => text["Validation.Choice"]);
            RuleFor(q => q.Status)
                .Must(s => s is null || Submission.PublicStatuses.Contains(s.Value))
                .WithMessage(_ => text["Validation.Choice"]);
            RuleFor(q => q.Kind).IsInEnum().WithMessage(_ => text["Validation.Choice"]);
            RuleFor(q => q.Campaign).MaximumLength(Domain.Campaigns.Campaign.SlugMax).WithMessage(_ => text["Validation.Choice"]);
            RuleFor(q => q.Cycle).Must(c => c is null || CycleFormat().IsMatch(c)).WithMessage(_ => text["Validation.Choice"]);
            RuleFor(q => q.Limit).ValidLimit(text);
            RuleFor(q => q.After).Must(a => a is null || Cursor.TryParse(a, out _)).WithMessage(_ => text["Validation.Choice"]);
        }
    }

    public sealed class Handler(PortalDbContext db, SearchShape shape, CampaignChoices.Handler campaigns) : IQueryHandler<Query, Model>
    {
        public async ValueTask<Model> Handle(Query query, CancellationToken cancellationToken)
        {
            var limit = query.Limit ?? PageSize;
            var rare = !string.IsNullOrWhiteSpace(query.Q) && await shape.IsRareAsync(db, query.Q.Trim(), cancellationToken);
            var (page, next) = await Keyset.PageAsync(Rows(db, query, limit + 1, rare), limit, Cursor.Of, cancellationToken);
            if (page.Any(i => i.CampaignId is not null))
            {
                // The campaigns are few and kept in memory: naming them here costs the list no round trip.
                var slugs = (await campaigns.Handle(new CampaignChoices.Query(), cancellationToken)).Campaigns.ToDictionary(
                    c => c.Id,
                    c => c.Slug
                );
                page = page.Select(i => i.CampaignId is { } id ? i with { CampaignSlug = slugs.GetValueOrDefault(id) } : i).ToList();
            }

            return new Model(page, next);
        }

        /// <summary>
        /// The list as most people see it (no filter, first page or next page) runs as a compiled query: the
        /// LINQ tree is neither rebuilt nor looked up in EF's cache on each request (the bench measured that
        /// work at a fifth of the page's CPU). Any filter takes the general query.
        /// </summary>
        private static IAsyncEnumerable<Item> Rows(PortalDbContext db, Query query, int take, bool rareWords)
        {
            var unfiltered =
                string.IsNullOrWhiteSpace(query.Member)
                && query.Kind is null
                && query.PolicyArea is null
                && query.Status is null
                && query.Language is null
                && string.IsNullOrWhiteSpace(query.Campaign)
                && string.IsNullOrWhiteSpace(query.Cycle)
                && string.IsNullOrWhiteSpace(query.Q);
            if (unfiltered && query.After is null)
            {
                return FirstPage(db, take);
            }

            if (unfiltered && Cursor.TryParse(query.After!, out var after))
            {
                return NextPage(db, after.PublishedAt, after.Id, take);
            }

            return Public(db, query, rareWords).Take(take).AsAsyncEnumerable();
        }
    }

    private static readonly Expression<Func<Submission, Member, Item>> ToItem = (s, m) =>
        new Item(
            s.Id,
            s.Kind,
            s.Status,
            s.Title,
            s.Language,
            m.Code,
            m.Name,
            s.AuthorName,
            s.PolicyArea,
            s.PublishedAt!.Value,
            s.Outcome,
            s.AnswerReason,
            s.AnswerLanguage,
            s.AnsweredAt,
            s.EndorsementCount,
            PortalDbContext.PublishedCommentCount(nameof(Domain.Comments.CommentTargetKind.Submission), s.Id),
            s.CampaignId,
            s.Cycle
        )
        {
            ForwardedAt = s.ForwardedAt,
        };

    private static readonly Func<PortalDbContext, int, IAsyncEnumerable<Item>> FirstPage = EF.CompileAsyncQuery(
        (PortalDbContext db, int take) =>
            db
                .Submissions.AsNoTracking()
                .Where(PublicSubmissions.Condition)
                .OrderByDescending(s => s.PublishedAt)
                .ThenByDescending(s => s.Id)
                .Join(db.Members, s => s.MemberId, m => m.Id, ToItem)
                .Take(take)
    );

    private static readonly Func<PortalDbContext, DateTimeOffset, long, int, IAsyncEnumerable<Item>> NextPage = EF.CompileAsyncQuery(
        (PortalDbContext db, DateTimeOffset publishedAt, long id, int take) =>
            db
                .Submissions.AsNoTracking()
                .Where(PublicSubmissions.Condition)
                .Where(s => s.PublishedAt <= publishedAt && (s.PublishedAt < publishedAt || s.Id < id))
                .OrderByDescending(s => s.PublishedAt)
                .ThenByDescending(s => s.Id)
                .Join(db.Members, s => s.MemberId, m => m.Id, ToItem)
                .Take(take)
    );

    /// <summary>
    /// The published submissions matching the filters, newest first, after the cursor. With <paramref name="rareWords"/>
    /// (<see cref="SearchShape"/>) the order is written so that the newest-first index cannot serve it: PostgreSQL then
    /// takes the matches from the full-text index and sorts the few it found. Same rows, same order.
    /// </summary>
    public static IQueryable<Item> Public(PortalDbContext db, Query query, bool rareWords = false) =>
        Project(
            db,
            rareWords
                ? Filtered(db, query).OrderByDescending(s => s.PublishedAt + TimeSpan.Zero).ThenByDescending(s => s.Id)
                : Filtered(db, query).OrderByDescending(s => s.PublishedAt).ThenByDescending(s => s.Id)
        );

    /// <summary>Rows as the list, the feeds and the downloads show them, in the order given.</summary>
    public static IQueryable<Item> Project(PortalDbContext db, IQueryable<Submission> ordered) =>
        ordered.Join(db.Members, s => s.MemberId, m => m.Id, ToItem);

    /// <summary>The published submissions matching the filters and after the cursor, unordered.</summary>
    public static IQueryable<Submission> Filtered(PortalDbContext db, Query query)
    {
        var submissions = db.Submissions.AsNoTracking().Where(PublicSubmissions.Condition);
        if (!string.IsNullOrWhiteSpace(query.Member))
        {
            var code = query.Member.ToUpperInvariant();
            submissions = submissions.Where(s => db.Members.Any(m => m.Id == s.MemberId && m.Code == code));
        }

        if (query.Kind is { } kind)
        {
            submissions = submissions.Where(s => s.Kind == kind);
        }

        if (query.PolicyArea is { } area)
        {
            submissions = submissions.Where(s => s.PolicyArea == area);
        }

        if (query.Status is { } status)
        {
            submissions = submissions.Where(s => s.Status == status);
        }

        if (query.Language is { } language)
        {
            submissions = submissions.Where(s => s.Language == language);
        }

        if (!string.IsNullOrWhiteSpace(query.Campaign))
        {
            var slug = query.Campaign.Trim().ToLowerInvariant();
            submissions = submissions.Where(s => db.Campaigns.Any(c => c.Id == s.CampaignId && c.Slug == slug));
        }

        if (!string.IsNullOrWhiteSpace(query.Cycle))
        {
            var cycle = query.Cycle.Trim();
            submissions = submissions.Where(s => s.Cycle == cycle);
        }

        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var words = query.Q.Trim();
            submissions = submissions.Where(s =>
                EF.Property<NpgsqlTsVector>(s, "SearchVector").Matches(PortalDbContext.ContentSearchQuery(words))
            );
        }

        if (query.After is not null && Cursor.TryParse(query.After, out var after))
        {
            // The first condition bounds the index range; without it PostgreSQL filters every row before the cursor.
            submissions = submissions.Where(s =>
                s.PublishedAt <= after.PublishedAt && (s.PublishedAt < after.PublishedAt || s.Id < after.Id)
            );
        }

        return submissions;
    }

    public readonly record struct Cursor(DateTimeOffset PublishedAt, long Id)
    {
        public static string Of(Item item) =>
            $"{item.PublishedAt.UtcTicks.ToString(CultureInfo.InvariantCulture)}-{item.Id.ToString(CultureInfo.InvariantCulture)}";

        public static bool TryParse(string value, out Cursor cursor)
        {
            cursor = default;
            var parts = value.Split('-');
            if (
                parts.Length != 2
                || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
                || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                || ticks > DateTimeOffset.MaxValue.UtcTicks
            )
            {
                return false;
            }

            cursor = new Cursor(new DateTimeOffset(ticks, TimeSpan.Zero), id);
            return true;
        }
    }
}
