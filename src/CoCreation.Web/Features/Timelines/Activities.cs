using CoCreation.Domain.Timelines;
using CoCreation.Web.Features.Members;
using CoCreation.Web.Features.OpenData;

namespace CoCreation.Web.Features.Timelines;

/// <summary>
/// The activities of every published timeline across members, in start order, filtered by member, kind,
/// language and dates: what each member page's timeline shows, as one list for the public API and open data.
/// </summary>
public static class Activities
{
    [Allow(Audience.Anonymous)]
    public sealed record Query : MemberListQuery, IQuery<KeysetPage<Item>>
    {
        public ActivityKind? Kind { get; init; }

        /// <summary>A language the activity is held in (en, fr, es, …).</summary>
        public string? Language { get; init; }

        /// <summary>Activities starting on or after this day (UTC).</summary>
        public DateOnly? From { get; init; }

        /// <summary>Activities starting before the end of this day (UTC).</summary>
        public DateOnly? To { get; init; }
    }

    /// <summary>Every activity of every published timeline, streamed for the open-data downloads.</summary>
    [Allow(Audience.Anonymous)]
    public sealed record Stream : IStreamQuery<Item>;

    public sealed record Item(
        int Id,
        string MemberCode,
        string Cycle,
        LocalizedText? Phase,
        ActivityKind Kind,
        LocalizedText Title,
        string? DescriptionEn,
        string? DescriptionFr,
        string? DescriptionEs,
        DateTimeOffset StartsAt,
        DateTimeOffset EndsAt,
        string TimeZone,
        string? Place,
        string? OnlineLink,
        List<string> Languages,
        string? WhoMayAttend,
        string? HowToRegister,
        int? Capacity,
        string? SummaryLink,
        bool Cancelled
    );

    public static string CursorOf(Item item) => Keyset.TimeAndId(item.StartsAt, item.Id);

    public sealed class Validator : MemberListQueryValidator<Query>
    {
        public Validator(IStringLocalizer<SharedResource> text)
            : base(text, Keyset.IsTimeAndId)
        {
            RuleFor(q => q.Kind).IsInEnum().WithMessage(_ => text["Validation.Choice"]);
            RuleFor(q => q.Language).MaximumLength(8).WithMessage(_ => text["Validation.Choice"]);
            RuleFor(q => q.To).Must((q, to) => to is null || q.From is null || to >= q.From).WithMessage(_ => text["Validation.DateRange"]);
        }
    }

    public sealed class Handler(PortalDbContext db) : PublicListHandler<Query, Stream, Item>(query => Public(db, query), CursorOf);

    public static IQueryable<Item> Public(PortalDbContext db, Query query)
    {
        var rows =
            from t in db.Timelines
            join m in MemberFilter.Of(db, query.Member) on t.MemberId equals m.Id
            where t.PublishedAt != null
            from a in t.Activities
            select new
            {
                a,
                t.Cycle,
                m.Code,
            };
        if (query.Kind is { } kind)
        {
            rows = rows.Where(r => r.a.Kind == kind);
        }

        if (!string.IsNullOrWhiteSpace(query.Language))
        {
            var language = query.Language.ToLowerInvariant();
            rows = rows.Where(r => r.a.Languages.Contains(language));
        }

        if (query.From is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            rows = rows.Where(r => r.a.StartsAt >= start);
        }

        if (query.To is { } to)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            rows = rows.Where(r => r.a.StartsAt < end);
        }

        if (Keyset.TryParseTimeAndId(query.After, out var at, out var id))
        {
            rows = rows.Where(r => r.a.StartsAt >= at && (r.a.StartsAt > at || r.a.Id > id));
        }

        return rows.OrderBy(r => r.a.StartsAt)
            .ThenBy(r => r.a.Id)
            .Select(r => new Item(
                r.a.Id,
                r.Code,
                r.Cycle,
                r.a.Phase == null ? null : r.a.Phase.Name,
                r.a.Kind,
                r.a.Title,
                r.a.DescriptionEn,
                r.a.DescriptionFr,
                r.a.DescriptionEs,
                r.a.StartsAt,
                r.a.EndsAt,
                r.a.TimeZone,
                r.a.Place,
                r.a.OnlineLink,
                r.a.Languages,
                r.a.WhoMayAttend,
                r.a.HowToRegister,
                r.a.Capacity,
                r.a.SummaryLink,
                r.a.CancelledAt != null
            ))
            .AsNoTracking();
    }
}
