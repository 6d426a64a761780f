using CoCreation.Domain.Timelines;
using CoCreation.Web.Infrastructure;
using Microsoft.Extensions.Options;

namespace CoCreation.Web.Features.Timelines;

/// <summary>
/// A member's published co-creation timeline: phases with their activities (upcoming first, then the
/// past ones with their summaries), what changed since publication, and the two-weeks check. A preview
/// shows the draft to the people who act for the member.
/// </summary>
public static class Details
{
    [Allow(Audience.Anonymous)]
    public sealed record Query(string Code, bool Preview = false) : IQuery<Model?>;

    public sealed record Model(string Code, LocalizedText MemberName, bool CanEdit, TimelineView? Timeline);

    public sealed record TimelineView(
        int Id,
        string Cycle,
        DateTimeOffset? PublishedAt,
        DateTimeOffset UpdatedAt,
        TwoWeeksCheck Check,
        IReadOnlyList<PhaseView> Phases,
        IReadOnlyList<RevisionView> Revisions
    )
    {
        public IEnumerable<ActivityView> Activities => Phases.SelectMany(p => p.Activities);
    }

    /// <summary>A phase; <see cref="Name"/> is null for activities outside any phase.</summary>
    public sealed record PhaseView(LocalizedText? Name, IReadOnlyList<ActivityView> Activities);

    public sealed record ActivityView(
        int Id,
        ActivityKind Kind,
        LocalizedText Title,
        LocalizedText? Description,
        DateTimeOffset StartsAt,
        DateTimeOffset EndsAt,
        string TimeZone,
        string? Place,
        string? OnlineLink,
        IReadOnlyList<string> Languages,
        string? WhoMayAttend,
        string? HowToRegister,
        int? Capacity,
        string? SummaryLink,
        bool Cancelled,
        bool IsPast
    );

    public sealed record RevisionView(DateTimeOffset At, TimelineChange Change, string Subject, IReadOnlyList<string> Fields);

    public sealed class Handler(PortalDbContext db, CurrentActor actor, TimeProvider clock, IOptions<PortalOptions> options)
        : IQueryHandler<Query, Model?>
    {
        public async ValueTask<Model?> Handle(Query query, CancellationToken cancellationToken)
        {
            var member = await Members
                .MemberFilter.WithCode(db, query.Code)
                .Select(m => new
                {
                    m.Id,
                    m.Code,
                    m.Name,
                })
                .SingleOrDefaultAsync(cancellationToken);
            if (member is null)
            {
                return null;
            }

            var canEdit = await MemberAuthority.ActsForAsync(db, actor, member.Id, cancellationToken);
            if (query.Preview && !canEdit)
            {
                throw new UnauthorizedAccessException("Only the people who act for this member preview its draft timeline.");
            }

            var timeline = await db
                .Timelines.AsNoTracking()
                .Include(t => t.Phases)
                .Include(t => t.Activities)
                .Include(t => t.Revisions)
                .AsSplitQuery()
                .Where(t => t.MemberId == member.Id && (query.Preview || t.PublishedAt != null))
                .OrderByDescending(t => t.Cycle)
                .FirstOrDefaultAsync(cancellationToken);
            return new Model(
                member.Code,
                member.Name,
                canEdit,
                timeline is null ? null : View(timeline, clock.GetUtcNow(), options.Value.Timelines.MinimumDaysBeforeFirstActivity)
            );
        }

        private static TimelineView View(CoCreationTimeline timeline, DateTimeOffset now, int minimumDays)
        {
            // Upcoming activities first (soonest first), then past ones (latest first).
            static List<ActivityView> Ordered(IEnumerable<ActivityView> activities) =>
                [
                    .. activities.Where(a => !a.IsPast).OrderBy(a => a.StartsAt),
                    .. activities.Where(a => a.IsPast).OrderByDescending(a => a.StartsAt),
                ];

            var activities = timeline
                .Activities.Select(a => new ActivityView(
                    a.Id,
                    a.Kind,
                    a.Title,
                    a.Description,
                    a.StartsAt,
                    a.EndsAt,
                    a.TimeZone,
                    a.Place,
                    a.OnlineLink,
                    a.Languages,
                    a.WhoMayAttend,
                    a.HowToRegister,
                    a.Capacity,
                    a.SummaryLink,
                    a.CancelledAt is not null,
                    a.EndsAt <= now
                ))
                .ToList();
            var byPhase = timeline.Activities.ToDictionary(a => a.Id, a => a.PhaseId);
            var phases = timeline
                .Phases.OrderBy(p => p.Order)
                .Select(p => new PhaseView(p.Name, Ordered(activities.Where(a => byPhase[a.Id] == p.Id))))
                .ToList();
            var loose = activities.Where(a => byPhase[a.Id] is null).ToList();
            if (loose.Count > 0)
            {
                phases.Add(new PhaseView(null, Ordered(loose)));
            }

            var revisions = timeline
                .Revisions.OrderByDescending(r => r.At)
                .ThenByDescending(r => r.Id)
                .Select(r => new RevisionView(r.At, r.Change, r.Subject, r.Fields))
                .ToList();
            return new TimelineView(
                timeline.Id,
                timeline.Cycle,
                timeline.PublishedAt,
                timeline.UpdatedAt,
                timeline.CheckTwoWeeks(minimumDays),
                phases,
                revisions
            );
        }
    }
}
