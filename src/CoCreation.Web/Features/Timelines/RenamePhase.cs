using CoCreation.Domain.Timelines;
using CoCreation.Web.Infrastructure.Audit;

namespace CoCreation.Web.Features.Timelines;

/// <summary>Corrects a phase's name in the three languages (a revision once the timeline is published).</summary>
public static class RenamePhase
{
    [Allow(Audience.Official | Audience.SupportUnit)]
    [ChangesPublicData]
    public sealed record Command : PhaseName, ICommand<bool>
    {
        public string Code { get; set; } = "";

        public int PhaseId { get; set; }
    }

    public sealed class Validator(IStringLocalizer<SharedResource> text) : PhaseNameValidator<Command>(text);

    /// <summary>False when the member or the phase does not exist.</summary>
    public sealed class Handler(PortalDbContext db, CurrentActor actor, AuditTrail audit, TimeProvider clock)
        : ICommandHandler<Command, bool>
    {
        public async ValueTask<bool> Handle(Command command, CancellationToken cancellationToken)
        {
            var loaded = await TimelineAccess.LoadForChangeAsync(db, actor, command.Code, cancellationToken);
            var phase = loaded?.Timeline?.Phases.FirstOrDefault(p => p.Id == command.PhaseId);
            if (phase is null)
            {
                return false;
            }

            var before = new
            {
                phase.Id,
                phase.Name.En,
                phase.Name.Fr,
                phase.Name.Es,
            };
            loaded!.Timeline!.RenamePhase(phase, command.ToName(), actor.RequireUserId(), clock.GetUtcNow());
            audit.Record(
                "timeline.phase-renamed",
                nameof(TimelinePhase),
                phase.Id,
                before,
                new
                {
                    phase.Id,
                    phase.Name.En,
                    phase.Name.Fr,
                    phase.Name.Es,
                }
            );
            return true;
        }
    }
}
