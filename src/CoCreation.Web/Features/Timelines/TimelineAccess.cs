using CoCreation.Domain.Timelines;

namespace CoCreation.Web.Features.Timelines;

/// <summary>What the timeline use cases share: finding the member's current timeline and checking who may change it.</summary>
internal static class TimelineAccess
{
    /// <summary>
    /// The member's current timeline (its latest cycle), whole and tracked, after checking the actor acts for the member.
    /// </summary>
    public static async Task<Loaded?> LoadForChangeAsync(
        PortalDbContext db,
        CurrentActor actor,
        string code,
        CancellationToken cancellationToken
    )
    {
        if (await MemberAuthority.FindForEditAsync(db, actor, code ?? "", cancellationToken) is not { } member)
        {
            return null;
        }

        var timeline = await db
            .Timelines.Include(t => t.Phases)
            .Include(t => t.Activities)
            .Include(t => t.Revisions)
            .AsSplitQuery()
            .Where(t => t.MemberId == member.Id)
            .OrderByDescending(t => t.Cycle)
            .FirstOrDefaultAsync(cancellationToken);
        return new Loaded(member.Id, timeline);
    }

    /// <summary>
    /// Tells the member's followers that an activity was added, changed or cancelled, once the timeline is public:
    /// followers hear of a change to what is public, not of a draft being written.
    /// </summary>
    public static async Task TellActivityChangedAsync(
        Notifications.Happenings happenings,
        Loaded loaded,
        TimelineActivity activity,
        CancellationToken cancellationToken
    )
    {
        if (loaded.Timeline?.PublishedAt is null)
        {
            return;
        }

        await happenings.RecordForMemberAsync(
            Domain.Notifications.HappeningKind.TimelineChanged,
            loaded.MemberId,
            code => Paths.TimelineActivity(code, activity.Id),
            activity.Title,
            cancellationToken
        );
    }

    /// <summary>What the audit trail keeps of an activity, before and after a change.</summary>
    public static object Snapshot(TimelineActivity activity) =>
        new
        {
            activity.Id,
            Kind = activity.Kind.ToString(),
            activity.Title.En,
            activity.Title.Fr,
            activity.Title.Es,
            activity.PhaseId,
            activity.StartsAt,
            activity.EndsAt,
            activity.TimeZone,
            activity.Place,
            activity.OnlineLink,
            activity.Languages,
            activity.WhoMayAttend,
            activity.HowToRegister,
            activity.Capacity,
            activity.SummaryLink,
            activity.CancelledAt,
            activity.Sequence,
        };

    public static object Snapshot(CoCreationTimeline timeline) =>
        new
        {
            timeline.Id,
            timeline.MemberId,
            timeline.Cycle,
            timeline.PublishedAt,
            Phases = timeline.Phases.Count,
            Activities = timeline.Activities.Count,
            Revisions = timeline.Revisions.Count,
        };

    internal sealed record Loaded(int MemberId, CoCreationTimeline? Timeline);
}
