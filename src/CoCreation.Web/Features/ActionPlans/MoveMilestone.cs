using CoCreation.Domain.ActionPlans;
using CoCreation.Web.Infrastructure.Audit;

namespace CoCreation.Web.Features.ActionPlans;

/// <summary>Moves a milestone one place up or down among its commitment's milestones.</summary>
public static class MoveMilestone
{
    [Allow(Audience.Official | Audience.SupportUnit)]
    [ChangesPublicData]
    public sealed record Command : CommitmentAddress, ICommand<string?>
    {
        public int Id { get; set; }

        /// <summary>-1 for up, +1 for down.</summary>
        public int Direction { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> text) =>
            RuleFor(c => c.Direction).Must(d => d is -1 or 1).WithMessage(_ => text["Validation.Choice"]);
    }

    /// <summary>The commitment's OGP id; null when the member, plan, commitment or milestone does not exist.</summary>
    public sealed class Handler(PortalDbContext db, CurrentActor actor, AuditTrail audit, TimeProvider clock)
        : ICommandHandler<Command, string?>
    {
        public async ValueTask<string?> Handle(Command command, CancellationToken cancellationToken)
        {
            var loaded = await CommitmentAccess.LoadForChangeAsync(db, actor, command, cancellationToken);
            var milestone = loaded?.Commitment.Milestones.FirstOrDefault(m => m.Id == command.Id);
            if (loaded is null || milestone is null)
            {
                return null;
            }

            var before = loaded.Commitment.Milestones.OrderBy(m => m.Order).Select(m => m.Id).ToList();
            loaded.Plan.MoveMilestone(loaded.Commitment, milestone, command.Direction, actor.RequireUserId(), clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            audit.Record(
                "milestone.moved",
                nameof(Commitment),
                loaded.Commitment.OgpId,
                new { Milestones = before },
                new { Milestones = loaded.Commitment.Milestones.OrderBy(m => m.Order).Select(m => m.Id).ToList() }
            );
            return loaded.Commitment.OgpId;
        }
    }
}
