using CoCreation.Domain.ActionPlans;
using CoCreation.Web.Infrastructure.Audit;

namespace CoCreation.Web.Features.ActionPlans;

/// <summary>
/// The IRM's published judgements on a commitment, entered by the support unit alone (officials do not grade themselves).
/// </summary>
public static class AssessCommitment
{
    [Allow(Audience.SupportUnit)]
    public sealed record Query(string Code, string Cycle, string OgpId) : IQuery<Form?>;

    public sealed record Form(Command Command, LocalizedText MemberName, LocalizedText CommitmentTitle) : IStoredForm<Command>;

    [Allow(Audience.SupportUnit)]
    [ChangesPublicData]
    public sealed record Command : CommitmentAddress, ICommand<string?>
    {
        public bool Verifiable { get; set; }

        public List<string> RelevantValues { get; set; } = [];

        public PotentialImpact PotentialImpact { get; set; }

        /// <summary>Null until the IRM's end-of-cycle report says.</summary>
        public OpenedGovernment? OpenedGovernment { get; set; }

        public string? ReportUrl { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> text)
        {
            RuleFor(c => c.RelevantValues).KnownOgpValues(text);
            RuleFor(c => c.PotentialImpact).IsInEnum().WithMessage(_ => text["Validation.Choice"]);
            RuleFor(c => c.OpenedGovernment).IsInEnum().WithMessage(_ => text["Validation.Choice"]);
            RuleFor(c => c.ReportUrl)
                .MaximumLength(IrmAssessment.UrlMax)
                .Must(u => Domain.Timelines.ActivityDetails.CheckedLink(u) is not null)
                .When(c => !string.IsNullOrWhiteSpace(c.ReportUrl))
                .WithMessage(_ => text["Domain.Irm.ReportUrlInvalid"]);
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

            var irm = loaded.Commitment.Irm;
            return new Form(
                new Command
                {
                    Code = loaded.Member.Code,
                    Cycle = loaded.Plan.Cycle,
                    OgpId = loaded.Commitment.OgpId,
                    Verifiable = irm?.Verifiable ?? false,
                    RelevantValues = [.. irm?.RelevantValues ?? []],
                    PotentialImpact = irm?.PotentialImpact ?? PotentialImpact.None,
                    OpenedGovernment = irm?.OpenedGovernment,
                    ReportUrl = irm?.ReportUrl,
                },
                loaded.Member.Name,
                loaded.Commitment.Title
            );
        }
    }

    /// <summary>The commitment's OGP id; null when the member, plan or commitment does not exist.</summary>
    public sealed class Handler(PortalDbContext db, CurrentActor actor, AuditTrail audit) : ICommandHandler<Command, string?>
    {
        public async ValueTask<string?> Handle(Command command, CancellationToken cancellationToken)
        {
            var loaded = await CommitmentAccess.LoadForChangeAsync(db, actor, command, cancellationToken);
            if (loaded is null)
            {
                return null;
            }

            var before = loaded.Commitment.Irm;
            loaded.Plan.Assess(
                loaded.Commitment,
                new IrmAssessment(
                    command.Verifiable,
                    command.RelevantValues,
                    command.PotentialImpact,
                    command.OpenedGovernment,
                    command.ReportUrl
                )
            );
            await db.SaveChangesAsync(cancellationToken);
            audit.Record("commitment.irm-assessed", nameof(Commitment), loaded.Commitment.OgpId, before, loaded.Commitment.Irm);
            return loaded.Commitment.OgpId;
        }
    }
}
