using CoCreation.Domain.Events;
using CoCreation.Domain.Members;

namespace CoCreation.Web.Features.Events;

/// <summary>
/// Events, upcoming first (soonest first) or past (latest first), filtered by region, language and campaign.
/// The page and the public API page through them by keyset (start time, then id).
/// </summary>
public static class Index
{
    public const int PageSize = 200;

    [Allow(Audience.Anonymous)]
    public sealed record Query : KeysetQuery, IQuery<Model>
    {
        public Region? Region { get; init; }

        public string? Language { get; init; }

        public bool Past { get; init; }

        /// <summary>A campaign's slug.</summary>
        public string? Campaign { get; init; }
    }

    /// <summary>Every event, past and upcoming, in start order, streamed for the open-data downloads.</summary>
    [Allow(Audience.Anonymous)]
    public sealed record Stream : IStreamQuery<Item>;

    public sealed record Model(IReadOnlyList<Item> Items, string? NextAfter) : IKeysetPage<Item>;

    public sealed record Item(
        int Id,
        EventKind Kind,
        LocalizedText Title,
        Region? Region,
        string Language,
        DateTimeOffset StartsAt,
        DateTimeOffset EndsAt,
        string TimeZone,
        int? Capacity,
        int Confirmed,
        bool Cancelled
    )
    {
        public int? SeatsLeft => Capacity is { } capacity ? Math.Max(0, capacity - Confirmed) : null;
    }

    public static string CursorOf(Item item) => Keyset.TimeAndId(item.StartsAt, item.Id);

    public sealed class Validator : KeysetQueryValidator<Query>
    {
        public Validator(IStringLocalizer<SharedResource> text)
            : base(text, Keyset.IsTimeAndId)
        {
            RuleFor(q => q.Region).IsInEnum().WithMessage(_ => text["Validation.Choice"]);
        }
    }

    public sealed class Handler(PortalDbContext db, TimeProvider clock) : IQueryHandler<Query, Model>, IStreamQueryHandler<Stream, Item>
    {
        public async ValueTask<Model> Handle(Query query, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var events = db.Events.AsNoTracking();
            events = query.Past ? events.Where(e => e.Schedule.EndsAt < now) : events.Where(e => e.Schedule.EndsAt >= now);
            if (query.Region is { } region)
            {
                events = events.Where(e => e.Region == region);
            }

            if (!string.IsNullOrWhiteSpace(query.Language))
            {
                events = events.Where(e => e.Language == query.Language);
            }

            if (!string.IsNullOrWhiteSpace(query.Campaign))
            {
                var slug = query.Campaign.Trim().ToLowerInvariant();
                events = events.Where(e => db.Campaigns.Any(c => c.Id == e.CampaignId && c.Slug == slug));
            }

            if (Keyset.TryParseTimeAndId(query.After, out var at, out var id))
            {
                events = query.Past
                    ? events.Where(e => e.Schedule.StartsAt <= at && (e.Schedule.StartsAt < at || e.Id < id))
                    : events.Where(e => e.Schedule.StartsAt >= at && (e.Schedule.StartsAt > at || e.Id > id));
            }

            events = query.Past
                ? events.OrderByDescending(e => e.Schedule.StartsAt).ThenByDescending(e => e.Id)
                : events.OrderBy(e => e.Schedule.StartsAt).ThenBy(e => e.Id);
            var (page, next) = await Keyset.PageAsync(Project(events), query.Limit ?? PageSize, CursorOf, cancellationToken);
            return new Model(page, next);
        }

        public IAsyncEnumerable<Item> Handle(Stream query, CancellationToken cancellationToken) =>
            Project(db.Events.AsNoTracking().OrderBy(e => e.Schedule.StartsAt).ThenBy(e => e.Id)).AsAsyncEnumerable();

        private static IQueryable<Item> Project(IQueryable<Event> events) =>
            events.Select(e => new Item(
                e.Id,
                e.Kind,
                e.Title,
                e.Region,
                e.Language,
                e.Schedule.StartsAt,
                e.Schedule.EndsAt,
                e.Schedule.TimeZone,
                e.Capacity,
                e.Registrations.Count(r => r.Status == RegistrationStatus.Confirmed),
                e.CancelledAt != null
            ));
    }
}
