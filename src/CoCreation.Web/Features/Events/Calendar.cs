using System.Globalization;
using CoCreation.Domain.Events;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace CoCreation.Web.Features.Events;

/// <summary>
/// RFC 5545 calendars: one event, or every event of a campaign. UIDs are stable so a calendar that
/// imported them updates in place; a cancelled event is sent as STATUS:CANCELLED.
/// </summary>
public static class Calendar
{
    [Allow(Audience.Anonymous)]
    public sealed record Query(int? EventId = null, string? CampaignSlug = null) : IQuery<string?>;

    /// <summary>What a calendar entry needs of an event.</summary>
    public sealed record Entry(
        int Id,
        LocalizedText Title,
        LocalizedText? Description,
        EventSchedule Schedule,
        DateTimeOffset CreatedAt,
        DateTimeOffset? UpdatedAt,
        DateTimeOffset? CancelledAt
    )
    {
        public static Entry Of(Event source) =>
            new(source.Id, source.Title, source.Description, source.Schedule, source.CreatedAt, source.UpdatedAt, source.CancelledAt);
    }

    public sealed class Handler(PortalDbContext db, PortalLinks links) : IQueryHandler<Query, string?>
    {
        public async ValueTask<string?> Handle(Query query, CancellationToken cancellationToken)
        {
            var events = db.Events.AsNoTracking();
            var slug = query.CampaignSlug?.ToLowerInvariant();
            events = query.EventId is { } id
                ? events.Where(e => e.Id == id)
                : events.Where(e => db.Campaigns.Any(c => c.Id == e.CampaignId && c.Slug == slug));
            var rows = await events
                .OrderBy(e => e.Schedule.StartsAt)
                .Select(e => new Entry(e.Id, e.Title, e.Description, e.Schedule, e.CreatedAt, e.UpdatedAt, e.CancelledAt))
                .ToListAsync(cancellationToken);
            if (rows.Count == 0 && (query.EventId is not null || !await db.Campaigns.AnyAsync(c => c.Slug == slug, cancellationToken)))
            {
                return null;
            }

            return Write(rows, links);
        }
    }

    /// <summary>The calendar text, in the current language; also attached to confirmation emails.</summary>
    public static string Write(IEnumerable<Entry> entries, PortalLinks links)
    {
        var calendar = new Ical.Net.Calendar();
        calendar.AddProperty("X-WR-CALNAME", "OGP Co-creation");
        foreach (var entry in entries)
        {
            var url = links.To(Paths.Event(entry.Id));
            var changed = entry.UpdatedAt ?? entry.CreatedAt;
            calendar.Events.Add(
                new CalendarEvent
                {
                    Uid = $"event-{entry.Id}@cocreation.portal",
                    Summary = entry.Title.In(CultureInfo.CurrentUICulture),
                    Description = entry.Description is { } description ? description.In(CultureInfo.CurrentUICulture) + "\n\n" + url : url,
                    Url = new Uri(url),
                    Start = new CalDateTime(entry.Schedule.StartsAt.UtcDateTime, "UTC"),
                    End = new CalDateTime(entry.Schedule.EndsAt.UtcDateTime, "UTC"),
                    Status = entry.CancelledAt is null ? "CONFIRMED" : "CANCELLED",

                    // A calendar replaces its copy when the sequence grows: one step per minute of changes.
                    Sequence = (int)Math.Clamp((changed - entry.CreatedAt).TotalMinutes, 0, int.MaxValue),
                    LastModified = new CalDateTime(changed.UtcDateTime, "UTC"),
                }
            );
        }

        return new CalendarSerializer().SerializeToString(calendar)!;
    }
}
