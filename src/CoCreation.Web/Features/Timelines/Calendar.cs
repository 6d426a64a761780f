using System.Globalization;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace CoCreation.Web.Features.Timelines;

/// <summary>
/// RFC 5545 calendar of a member's published timeline, or of one of its activities. UIDs are stable
/// and SEQUENCE grows with each revision, so an imported copy is replaced; cancelled activities are sent
/// as STATUS:CANCELLED rather than dropped.
/// </summary>
public static class Calendar
{
    [Allow(Audience.Anonymous)]
    public sealed record Query(string Code, int? ActivityId = null) : IQuery<string?>;

    public static string Uid(int activityId) => $"activity-{activityId.ToString(CultureInfo.InvariantCulture)}@cocreation";

    public sealed class Handler(PortalDbContext db, PortalLinks links) : IQueryHandler<Query, string?>
    {
        public async ValueTask<string?> Handle(Query query, CancellationToken cancellationToken)
        {
            var code = (query.Code ?? "").ToUpperInvariant();
            var timeline = await db
                .Timelines.AsNoTracking()
                .Where(t => t.PublishedAt != null && db.Members.Any(m => m.Id == t.MemberId && m.Code == code))
                .OrderByDescending(t => t.Cycle)
                .Select(t => new
                {
                    t.Cycle,
                    t.PublishedAt,
                    t.UpdatedAt,
                    Member = db.Members.Where(m => m.Id == t.MemberId).Select(m => m.Name).Single(),
                    t.Activities,
                })
                .FirstOrDefaultAsync(cancellationToken);
            if (timeline is null)
            {
                return null;
            }

            var activities = timeline
                .Activities.Where(a => query.ActivityId is null || a.Id == query.ActivityId)
                .OrderBy(a => a.StartsAt)
                .ToList();
            if (query.ActivityId is not null && activities.Count == 0)
            {
                return null;
            }

            var ui = CultureInfo.CurrentUICulture;
            var calendar = new Ical.Net.Calendar();
            calendar.AddProperty("X-WR-CALNAME", $"{timeline.Member.In(ui)} {timeline.Cycle}");
            var page = links.To(Paths.Timeline(code));
            foreach (var activity in activities)
            {
                var where = string.Join(" · ", new[] { activity.Place, activity.OnlineLink }.Where(w => w is not null));
                string?[] paragraphs =
                [
                    activity.Description?.In(ui),
                    activity.WhoMayAttend,
                    activity.HowToRegister,
                    activity.SummaryLink,
                    page,
                ];
                var description = string.Join("\n\n", paragraphs.Where(d => d is not null));
                calendar.Events.Add(
                    new CalendarEvent
                    {
                        Uid = Uid(activity.Id),
                        Sequence = activity.Sequence,
                        Summary = activity.Title.In(ui),
                        Description = description,
                        Location = where.Length == 0 ? null : where,
                        Url = new Uri(page + "#activity-" + activity.Id.ToString(CultureInfo.InvariantCulture)),
                        DtStamp = new CalDateTime(timeline.UpdatedAt.UtcDateTime, "UTC"),
                        Start = new CalDateTime(activity.StartsAt.UtcDateTime, "UTC"),
                        End = new CalDateTime(activity.EndsAt.UtcDateTime, "UTC"),
                        Status = activity.CancelledAt is null ? "CONFIRMED" : "CANCELLED",
                    }
                );
            }

            return new CalendarSerializer().SerializeToString(calendar);
        }
    }
}
