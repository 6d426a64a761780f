using System.Globalization;
using CoCreation.Domain.Common;
using CoCreation.Domain.Events;
using CoCreation.Web.Data;
using CoCreation.Web.Infrastructure.Web;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CoCreation.Web.Features.Events;

/// <summary>
/// RFC 5545 calendars: one event, or every event of a campaign. UIDs are stable so a calendar that
/// imported them updates in place; a cancelled event is sent as STATUS:CANCELLED.
/// </summary>
public static class Calendar
{
    public sealed record Query(int? EventId = null, string? CampaignSlug = null) : IQuery<string?>;

    public sealed class Handler(PortalDbContext db, PortalLinks links) : IQueryHandler<Query, string?>
    {
        public async ValueTask<string?> Handle(Query query, CancellationToken cancellationToken)
        {
            var events = db.Events.AsNoTracking();
            var slug = query.CampaignSlug?.ToLowerInvariant();
            events = query.EventId is { } id ? events.Where(e => e.Id == id) : events.Where(e => db.Campaigns.Any(c => c.Id == e.CampaignId && c.Slug == slug));
            var rows = await events.OrderBy(e => e.Schedule.StartsAt)
                .Select(e => new { e.Id, e.Title, e.Schedule, e.Kind, e.CancelledAt, e.Language })
                .ToListAsync(cancellationToken);
            if (rows.Count == 0 && (query.EventId is not null || !await db.Campaigns.AnyAsync(c => c.Slug == slug, cancellationToken)))
            {
                return null;
            }

            var calendar = new Ical.Net.Calendar();
            calendar.AddProperty("X-WR-CALNAME", "OGP Co-creation");
            foreach (var row in rows)
            {
                var url = links.To($"/events/{row.Id}");
                calendar.Events.Add(new CalendarEvent
                {
                    Uid = $"event-{row.Id}@cocreation.portal",
                    Summary = row.Title.In(CultureInfo.CurrentUICulture),
                    Description = url,
                    Url = new Uri(url),
                    Start = new CalDateTime(row.Schedule.StartsAt.UtcDateTime, "UTC"),
                    End = new CalDateTime(row.Schedule.EndsAt.UtcDateTime, "UTC"),
                    Status = row.CancelledAt is null ? "CONFIRMED" : "CANCELLED",
                });
            }

            return new CalendarSerializer().SerializeToString(calendar);
        }
    }
}
