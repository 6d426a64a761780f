using CoCreation.Domain.Timelines;
using CoCreation.Web.Infrastructure.Audit;

namespace CoCreation.Web.Features.Timelines;

/// <summary>Makes the draft public; from now on every change is shown as a revision.</summary>
public static class Publish
{
    [Allow(Audience.Official | Audience.SupportUnit)]
    [ChangesPublicData]
    public sealed record Command(string Code) : ICommand<bool>;

    /// <summary>False when no member has that code.</summary>
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
            if (await TimelineAccess.LoadForChangeAsync(db, actor, command.Code, cancellationToken) is not { } loaded)
            {
                return false;
            }

            var timeline = loaded.Timeline ?? throw new DomainException("Domain.Timeline.StartFirst");
            var before = TimelineAccess.Snapshot(timeline);
            timeline.Publish(actor.RequireUserId(), clock.GetUtcNow());
            audit.Record("timeline.published", nameof(CoCreationTimeline), timeline.Id, before, TimelineAccess.Snapshot(timeline));
            await happenings.RecordForMemberAsync(
                Domain.Notifications.HappeningKind.TimelinePublished,
                loaded.MemberId,
                Paths.Timeline,
                null,
                cancellationToken
            );
            return true;
        }
    }
}
