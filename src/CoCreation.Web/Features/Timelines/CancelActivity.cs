using CoCreation.Domain.Timelines;
using CoCreation.Web.Infrastructure.Audit;

namespace CoCreation.Web.Features.Timelines;

/// <summary>An activity will not take place: it stays on the timeline, marked cancelled, and calendars are told.</summary>
public static class CancelActivity
{
    [Allow(Audience.Official | Audience.SupportUnit)]
    [ChangesPublicData]
    public sealed record Command(string Code, int ActivityId) : ICommand<bool>;

    /// <summary>False when the member or the activity does not exist.</summary>
    public sealed class Handler(
        PortalDbContext db,
        CurrentActor actor,
        AuditTrail audit,
        TimeProvider clock,
        Notifications.Happenings happenings
    ) : ICommandHandler<Command, bool>
    {
        public async ValueTask<bool> Handle(Command command, CancellationToken cancellationToken)
        {
            var loaded = await TimelineAccess.LoadForChangeAsync(db, actor, command.Code, cancellationToken);
            var activity = loaded?.Timeline?.Activities.FirstOrDefault(a => a.Id == command.ActivityId);
            if (activity is null)
            {
                return false;
            }

            var before = TimelineAccess.Snapshot(activity);
            loaded!.Timeline!.CancelActivity(activity, actor.RequireUserId(), clock.GetUtcNow());
            audit.Record("timeline.activity-cancelled", nameof(TimelineActivity), activity.Id, before, TimelineAccess.Snapshot(activity));
            await TimelineAccess.TellActivityChangedAsync(happenings, loaded, activity, cancellationToken);
            return true;
        }
    }
}
