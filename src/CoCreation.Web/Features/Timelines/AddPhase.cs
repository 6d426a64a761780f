using CoCreation.Domain.Timelines;
using CoCreation.Web.Infrastructure.Audit;

namespace CoCreation.Web.Features.Timelines;

/// <summary>Adds a phase (awareness, consultation, drafting…) at the end of the current timeline.</summary>
public static class AddPhase
{
    [Allow(Audience.Official | Audience.SupportUnit)]
    [ChangesPublicData]
    public sealed record Command : PhaseName, ICommand<bool>
    {
        public string Code { get; set; } = "";
    }

    public sealed class Validator(IStringLocalizer<SharedResource> text) : PhaseNameValidator<Command>(text);

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

            var timeline = loaded.Timeline ?? throw new DomainException("Domain.Timeline.StartFirst");
            var before = TimelineAccess.Snapshot(timeline);
            var phase = timeline.AddPhase(command.ToName(), actor.RequireUserId(), clock.GetUtcNow());
            audit.Record(
                "timeline.phase-added",
                nameof(CoCreationTimeline),
                timeline.Id,
                before,
                new
                {
                    Timeline = TimelineAccess.Snapshot(timeline),
                    Phase = new
                    {
                        phase.Name.En,
                        phase.Name.Fr,
                        phase.Name.Es,
                        phase.Order,
                    },
                }
            );
            return true;
        }
    }
}
