using CoCreation.Domain.ActionPlans;
using CoCreation.Web.Infrastructure.Audit;
using CoCreation.Web.Infrastructure.Localization;

namespace CoCreation.Web.Features.ActionPlans;

/// <summary>Adds a commitment to a member's plan or changes one (its OGP id stays: answers and links use it).</summary>
public static class EditCommitment
{
    [Allow(Audience.Official | Audience.SupportUnit)]
    public sealed record Query(string Code, string Cycle, string? OgpId) : IQuery<Form?>;

    public sealed record Form(Command Command, LocalizedText MemberName, bool Exists) : IStoredForm<Command>;

    [Allow(Audience.Official | Audience.SupportUnit)]
    [ChangesPublicData]
    public sealed record Command : ICommand<string?>
    {
        public string Code { get; set; } = "";

        public string Cycle { get; set; } = "";

        /// <summary>Set when changing an existing commitment (from the address).</summary>
        public string? Existing { get; set; }

        public string OgpId { get; set; } = "";

        public LocalizedInput Title { get; set; } = new();

        public string? Problem { get; set; }

        public string? Solution { get; set; }

        public string? HowItHelps { get; set; }

        public string? Relevance { get; set; }

        public List<string> PolicyAreas { get; set; } = [];

        public List<string> OgpValues { get; set; } = [];

        public string? LeadInstitution { get; set; }

        /// <summary>One institution a line.</summary>
        public string? SupportingInstitutions { get; set; }

        public DateOnly? StartsOn { get; set; }

        public DateOnly? EndsOn { get; set; }

        public CompletionLevel Completion { get; set; }

        public IEnumerable<string> SupportingList =>
            (SupportingInstitutions ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> text)
        {
            // Only a new commitment takes the id typed; a changed one keeps its own (answers and links use it).
            RuleFor(c => c.OgpId)
                .Cascade(CascadeMode.Stop)
                .NotEmpty()
                .Must((c, id) => Commitment.IsIdOf(c.Code, id))
                .WithMessage(c => text["Domain.Plan.OgpIdInvalid", c.Code.Trim().ToUpperInvariant()])
                .When(c => c.Existing is null);
            RuleFor(c => c.Title).Localized(Commitment.TitleMax, EnglishText.Required);
            RuleFor(c => c.Problem).MaximumLength(Commitment.TextMax);
            RuleFor(c => c.Solution).MaximumLength(Commitment.TextMax);
            RuleFor(c => c.HowItHelps).MaximumLength(Commitment.TextMax);
            RuleFor(c => c.Relevance).MaximumLength(Commitment.TextMax);
            RuleFor(c => c.PolicyAreas)
                .Must(a => a.Count <= 16 && a.TrueForAll(PolicyAreas.IsKnown))
                .WithMessage(_ => text["Validation.Choice"]);
            RuleFor(c => c.OgpValues).KnownOgpValues(text);
            RuleFor(c => c.LeadInstitution).MaximumLength(Commitment.LeadInstitutionMax);
            RuleFor(c => c.SupportingInstitutions).MaximumLength(Commitment.SupportingInstitutionsMax);
            RuleFor(c => c.EndsOn)
                .GreaterThanOrEqualTo(c => c.StartsOn)
                .When(c => c.StartsOn is not null && c.EndsOn is not null)
                .WithMessage(_ => text["Domain.Event.EndsBeforeStart"]);
            RuleFor(c => c.Completion).IsInEnum().WithMessage(_ => text["Domain.Plan.CompletionUnknown"]);
        }
    }

    public sealed class QueryHandler(PortalDbContext db, CurrentActor actor) : IQueryHandler<Query, Form?>
    {
        public async ValueTask<Form?> Handle(Query query, CancellationToken cancellationToken)
        {
            var loaded = await PlanAccess.LoadAsync(db, actor, query.Code, query.Cycle, tracked: false, cancellationToken);
            if (loaded is not { Plan: { } plan })
            {
                return null;
            }

            var member = loaded.Member;

            if (query.OgpId is null)
            {
                return new Form(
                    new Command
                    {
                        Code = member.Code,
                        Cycle = plan.Cycle,
                        OgpId = member.Code,
                    },
                    member.Name,
                    false
                );
            }

            var c = plan.Commitments.FirstOrDefault(c => c.OgpId == (query.OgpId ?? "").ToUpperInvariant());
            return c is null
                ? null
                : new Form(
                    new Command
                    {
                        Code = member.Code,
                        Cycle = plan.Cycle,
                        Existing = c.OgpId,
                        OgpId = c.OgpId,
                        Title = LocalizedInput.From(c.Title),
                        Problem = c.Problem,
                        Solution = c.Solution,
                        HowItHelps = c.HowItHelps,
                        Relevance = c.Relevance,
                        PolicyAreas = c.PolicyAreas,
                        OgpValues = c.OgpValues,
                        LeadInstitution = c.LeadInstitution,
                        SupportingInstitutions = string.Join("\n", c.SupportingInstitutions),
                        StartsOn = c.StartsOn,
                        EndsOn = c.EndsOn,
                        Completion = c.Completion,
                    },
                    member.Name,
                    true
                );
        }
    }

    /// <summary>The commitment's OGP id; null when the member, the plan or the commitment does not exist.</summary>
    public sealed class Handler(PortalDbContext db, CurrentActor actor, AuditTrail audit) : ICommandHandler<Command, string?>
    {
        public async ValueTask<string?> Handle(Command command, CancellationToken cancellationToken)
        {
            if (
                await PlanAccess.LoadAsync(db, actor, command.Code, command.Cycle, tracked: true, cancellationToken)
                is not { Plan: { } plan } loaded
            )
            {
                return null;
            }

            var details = new CommitmentDetails(
                command.Title.ToText(),
                command.Problem,
                command.Solution,
                command.HowItHelps,
                command.Relevance,
                command.PolicyAreas,
                command.OgpValues,
                command.LeadInstitution,
                command.SupportingList,
                command.StartsOn,
                command.EndsOn
            );
            Commitment commitment;
            object? before = null;
            if (command.Existing is { } existing)
            {
                commitment = plan.Commitments.FirstOrDefault(c => c.OgpId == existing.ToUpperInvariant())!;
                if (commitment is null)
                {
                    return null;
                }

                before = PlanAuditSnapshots.Snapshot(commitment);
                plan.ChangeCommitment(commitment, details, command.Completion);
            }
            else
            {
                var ogpId = Commitment.NormalizeId(command.OgpId);
                if (await db.Commitments.AnyAsync(c => c.OgpId == ogpId, cancellationToken))
                {
                    throw new DomainException("Domain.Plan.CommitmentIdTaken", ogpId);
                }

                commitment = plan.AddCommitment(loaded.Member.Code, ogpId, details);
                plan.ChangeCommitment(commitment, details, command.Completion);
            }

            await db.SaveChangesAsync(cancellationToken);
            audit.Record(
                before is null ? "commitment.created" : "commitment.updated",
                nameof(Commitment),
                commitment.OgpId,
                before,
                PlanAuditSnapshots.Snapshot(commitment)
            );
            return commitment.OgpId;
        }
    }
}
