using CoCreation.Domain.Timelines;
using CoCreation.Web.Infrastructure.Audit;

namespace CoCreation.Web.Features.Timelines;

/// <summary>
/// Starts the member's timeline for a NAP cycle, or corrects the cycle of the current one; after a
/// published timeline, a later cycle starts the next one.
/// </summary>
public static class SaveCycle
{
    [Allow(Audience.Official | Audience.SupportUnit)]
    [ChangesPublicData]
    public sealed record Command : ICommand<bool>
    {
        public string Code { get; set; } = "";

        public string Cycle { get; set; } = "";
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> text)
        {
            RuleFor(c => c.Cycle).NotEmpty().Matches("^20[0-9]{2}-20[0-9]{2}$").WithMessage(_ => text["Domain.Plan.CycleInvalid"]);
        }
    }

    /// <summary>False when no member has that code.</summary>
    public sealed class Handler(PortalDbContext db, CurrentActor actor, AuditTrail audit, TimeProvider clock)
        : ICommandHandler<Command, bool>
    {
        public async ValueTask<bool> Handle(Command command, CancellationToken cancellationToken)
        {
            if (await TimelineAccess.LoadForChangeAsync(db, actor, command.Code, cancellationToken) is not { } loaded)
            {
                return false;
            }

            var now = clock.GetUtcNow();

            // A later cycle after a published timeline is the next NAP: a new timeline, the published one stays as it was.
            var nextCycle =
                loaded.Timeline is { IsPublished: true } current
                && string.CompareOrdinal(CoCreationTimeline.CheckedCycle(command.Cycle), current.Cycle) > 0;
            if (loaded.Timeline is not { } timeline || nextCycle)
            {
                var created = CoCreationTimeline.Start(loaded.MemberId, command.Cycle, now);
                db.Timelines.Add(created);
                await db.SaveChangesAsync(cancellationToken);
                audit.Record("timeline.created", nameof(CoCreationTimeline), created.Id, null, TimelineAccess.Snapshot(created));
                return true;
            }

            var before = TimelineAccess.Snapshot(timeline);
            timeline.ChangeCycle(command.Cycle, actor.RequireUserId(), now);
            audit.Record("timeline.updated", nameof(CoCreationTimeline), timeline.Id, before, TimelineAccess.Snapshot(timeline));
            return true;
        }
    }
}
