using CoCreation.Domain.Common;
using CoCreation.Domain.Events;
using CoCreation.Domain.Members;
using CoCreation.Web.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CoCreation.Web.Features.Events;

/// <summary>Events, upcoming first (soonest first) or past (latest first), filtered by region, language and campaign.</summary>
public static class Index
{
    public sealed record Query : IQuery<IReadOnlyList<Item>>
    {
        public Region? Region { get; init; }

        public string? Language { get; init; }

        public bool Past { get; init; }

        /// <summary>A campaign's slug.</summary>
        public string? Campaign { get; init; }
    }

    public sealed record Item(int Id, EventKind Kind, LocalizedText Title, Region? Region, string Language, DateTimeOffset StartsAt, string TimeZone, int? Capacity, int Confirmed, bool Cancelled)
    {
        public int? SeatsLeft => Capacity is { } capacity ? Math.Max(0, capacity - Confirmed) : null;
    }

    public sealed class Handler(PortalDbContext db, TimeProvider clock) : IQueryHandler<Query, IReadOnlyList<Item>>
    {
        public async ValueTask<IReadOnlyList<Item>> Handle(Query query, CancellationToken cancellationToken)
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

            events = query.Past ? events.OrderByDescending(e => e.Schedule.StartsAt) : events.OrderBy(e => e.Schedule.StartsAt);
            return await events.Take(200)
                .Select(e => new Item(e.Id, e.Kind, e.Title, e.Region, e.Language, e.Schedule.StartsAt, e.Schedule.TimeZone, e.Capacity,
                    e.Registrations.Count(r => r.Status == RegistrationStatus.Confirmed), e.CancelledAt != null))
                .ToListAsync(cancellationToken);
        }
    }
}
