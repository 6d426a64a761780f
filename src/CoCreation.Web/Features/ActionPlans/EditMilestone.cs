using CoCreation.Domain.ActionPlans;
using CoCreation.Web.Infrastructure.Audit;
using CoCreation.Web.Infrastructure.Localization;

namespace CoCreation.Web.Features.ActionPlans;

/// <summary>Adds a milestone to a commitment or changes one; after the plan's publication the change is kept as a revision.</summary>
public static class EditMilestone
{
    [Allow(Audience.Official | Audience.SupportUnit)]
    public sealed record Query(string Code, string Cycle, string OgpId, int? Id) : IQuery<Form?>;

    public sealed record Form(
        Command Command,
        LocalizedText MemberName,
        LocalizedText CommitmentTitle,
        DateOnly From,
        DateOnly To,
        bool Exists
    ) : IStoredForm<Command>;

    [Allow(Audience.Official | Audience.SupportUnit)]
    [ChangesPublicData]
    public sealed record Command : CommitmentAddress, ICommand<string?>
    {
        /// <summary>Set when changing an existing milestone (from the address).</summary>
        public int? Id { get; set; }

        public LocalizedInput Text { get; set; } = new();

        public DateOnly? StartsOn { get; set; }

        public DateOnly? EndsOn { get; set; }

        public string? ExpectedOutput { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> text)
        {
            RuleFor(c => c.Text)
                .Localized(Milestone.TextMax, EnglishText.AnyLanguage, () => text["Domain.LocalizedText.OneLanguageRequired"]);
            RuleFor(c => c.StartsOn).NotEmpty();
            RuleFor(c => c.EndsOn).NotEmpty();
            RuleFor(c => c.EndsOn)
                .GreaterThanOrEqualTo(c => c.StartsOn)
                .When(c => c.StartsOn is not null && c.EndsOn is not null)
                .WithMessage(_ => text["Domain.Milestone.EndsBeforeStart"]);
            RuleFor(c => c.ExpectedOutput).MaximumLength(Milestone.OutputMax);
        }
    }

    public sealed class QueryHandler(PortalDbContext db, CurrentActor actor) : IQueryHandler<Query, Form?>
    {
        public async ValueTask<Form?> Handle(Query query, CancellationToken cancellationToken)
        {
            var loaded = await CommitmentAccess.LoadAsync(db, actor, query.Code, query.Cycle, query.OgpId, false, cancellationToken);
            if (loaded is null)
            {
                return null;
            }

            var (from, to) = loaded.Plan.MilestonePeriod(loaded.Commitment);
            var command = new Command
            {
                Code = loaded.Member.Code,
                Cycle = loaded.Plan.Cycle,
                OgpId = loaded.Commitment.OgpId,
            };
            if (query.Id is { } id)
            {
                var milestone = loaded.Commitment.Milestones.FirstOrDefault(m => m.Id == id);
                if (milestone is null)
                {
                    return null;
                }

                command = command with
                {
                    Id = id,
                    Text = LocalizedInput.From(milestone.Text),
                    StartsOn = milestone.StartsOn,
                    EndsOn = milestone.EndsOn,
                    ExpectedOutput = milestone.ExpectedOutput,
                };
            }

            return new Form(command, loaded.Member.Name, loaded.Commitment.Title, from, to, query.Id is not null);
        }
    }

    /// <summary>The commitment's OGP id; null when the member, plan, commitment or milestone does not exist.</summary>
    public sealed class Handler(PortalDbContext db, CurrentActor actor, AuditTrail audit, TimeProvider clock)
        : ICommandHandler<Command, string?>
    {
        public async ValueTask<string?> Handle(Command command, CancellationToken cancellationToken)
        {
            var loaded = await CommitmentAccess.LoadForChangeAsync(db, actor, command, cancellationToken);
            if (loaded is null)
            {
                return null;
            }

            var (plan, commitment, _) = loaded;
            var details = new MilestoneDetails(
                command.Text.ToText(),
                command.StartsOn!.Value,
                command.EndsOn!.Value,
                command.ExpectedOutput
            );
            Milestone milestone;
            object? before = null;
            if (command.Id is { } id)
            {
                milestone = commitment.Milestones.FirstOrDefault(m => m.Id == id)!;
                if (milestone is null)
                {
                    return null;
                }

                before = Snapshot(milestone);
                plan.ChangeMilestone(commitment, milestone, details, actor.RequireUserId(), clock.GetUtcNow());
            }
            else
            {
                milestone = plan.AddMilestone(commitment, details, actor.RequireUserId(), clock.GetUtcNow());
            }

            await db.SaveChangesAsync(cancellationToken);
            audit.Record(
                before is null ? "milestone.created" : "milestone.updated",
                nameof(Milestone),
                milestone.Id,
                before,
                Snapshot(milestone)
            );
            return commitment.OgpId;
        }

        internal static object Snapshot(Milestone m) =>
            new
            {
                m.CommitmentId,
                m.Text.En,
                m.Text.Fr,
                m.Text.Es,
                m.StartsOn,
                m.EndsOn,
                m.ExpectedOutput,
                m.Order,
            };
    }
}
