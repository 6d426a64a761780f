using CoCreation.Domain.Campaigns;
using CoCreation.Domain.Members;
using CoCreation.Domain.Submissions;

namespace CoCreation.Web.Features.Campaigns;

/// <summary>
/// The home page: the current campaign (<see cref="Details"/>) with its members' timelines, and what a
/// person can take part in now whatever the campaign's dates — coming events and timeline activities,
/// members consulting on their next plan, the latest answers — a few of each, the full lists a link away.
/// One message, so the page asks once and the output cache keeps the whole answer.
/// </summary>
public static class Home
{
    /// <summary>How many items each "open now" block shows; the rest is in the full list.</summary>
    public const int BlockSize = 5;

    [Allow(Audience.Anonymous)]
    public sealed record Query : IQuery<Model>;

    public sealed record Model(
        Details.Model? Campaign,
        Timelines.CampaignTimelines.Model? Timelines,
        IReadOnlyList<Upcoming> ComingUp,
        IReadOnlyList<Consultation> Consultations,
        IReadOnlyList<LatestAnswer> Answers
    )
    {
        public bool CampaignIsOver => Campaign?.Phase == CampaignPhase.Over;
    }

    /// <summary>
    /// An event (<see cref="EventId"/>) or a timeline activity (<see cref="MemberCode"/> and <see cref="ActivityId"/>) still to come.
    /// </summary>
    public sealed record Upcoming(
        LocalizedText Title,
        DateTimeOffset StartsAt,
        string TimeZone,
        long? EventId,
        string? MemberCode,
        LocalizedText? MemberName,
        long? ActivityId
    );

    /// <summary>A member developing its next plan whose published timeline still has activities to come.</summary>
    public sealed record Consultation(string Code, LocalizedText Name, DateTimeOffset NextActivityAt, string TimeZone);

    public sealed record LatestAnswer(
        long Id,
        string Title,
        string Language,
        string MemberCode,
        LocalizedText MemberName,
        AnswerOutcome? Outcome,
        DateTimeOffset AnsweredAt
    );

    public sealed class Handler(PortalDbContext db, ISender sender, TimeProvider clock) : IQueryHandler<Query, Model>
    {
        public async ValueTask<Model> Handle(Query query, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var campaign = await sender.Send(new Details.Query(), cancellationToken);
            var timelines = campaign is null
                ? null
                : await sender.Send(new Timelines.CampaignTimelines.Query(campaign.Slug), cancellationToken);

            var events = await db
                .Events.AsNoTracking()
                .Where(e => e.CancelledAt == null && e.Schedule.StartsAt >= now)
                .OrderBy(e => e.Schedule.StartsAt)
                .ThenBy(e => e.Id)
                .Take(BlockSize)
                .Select(e => new Upcoming(e.Title, e.Schedule.StartsAt, e.Schedule.TimeZone, e.Id, null, null, null))
                .ToListAsync(cancellationToken);
            var activities = await (
                from t in db.Timelines
                join m in db.Members on t.MemberId equals m.Id
                where t.PublishedAt != null
                from a in t.Activities
                where a.CancelledAt == null && a.StartsAt >= now
                orderby a.StartsAt, a.Id
                select new Upcoming(a.Title, a.StartsAt, a.TimeZone, null, m.Code, m.Name, a.Id)
            )
                .Take(BlockSize)
                .AsNoTracking()
                .ToListAsync(cancellationToken);
            var comingUp = events.Concat(activities).OrderBy(u => u.StartsAt).Take(BlockSize).ToList();

            var consultations = await (
                from m in db.Members
                where m.CycleStatus == CycleStatus.DevelopingNewPlan
                let next = (
                    from t in db.Timelines
                    where t.MemberId == m.Id && t.PublishedAt != null
                    from a in t.Activities
                    where a.CancelledAt == null && a.StartsAt >= now
                    orderby a.StartsAt
                    select new { a.StartsAt, a.TimeZone }
                ).FirstOrDefault()
                where next != null
                orderby next.StartsAt, m.Code
                select new Consultation(m.Code, m.Name, next.StartsAt, next.TimeZone)
            )
                .Take(BlockSize)
                .AsNoTracking()
                .ToListAsync(cancellationToken);

            var answers = await (
                from s in db.Submissions
                join m in db.Members on s.MemberId equals m.Id
                where s.Status == SubmissionStatus.Answered && s.AnsweredAt != null
                orderby s.AnsweredAt descending, s.Id descending
                select new LatestAnswer(s.Id, s.Title, s.Language, m.Code, m.Name, s.Outcome, s.AnsweredAt!.Value)
            )
                .Take(BlockSize)
                .AsNoTracking()
                .ToListAsync(cancellationToken);

            return new Model(campaign, timelines, comingUp, consultations, answers);
        }
    }
}
