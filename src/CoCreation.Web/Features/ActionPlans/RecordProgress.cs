using CoCreation.Domain.ActionPlans;
using CoCreation.Web.Infrastructure.Audit;

namespace CoCreation.Web.Features.ActionPlans;

/// <summary>A dated progress update on a commitment or one of its milestones, with evidence links; every update is kept.</summary>
public static class RecordProgress
{
    /// <summary>The number of evidence rows the form shows: as many as an update may hold, which its hint names.</summary>
    public const int EvidenceRows = ProgressUpdate.EvidenceMax;

    /// <param name="MilestoneId">The milestone the form starts on; one not of this commitment leaves the whole commitment chosen.</param>
    [Allow(Audience.Official | Audience.SupportUnit)]
    public sealed record Query(string Code, string Cycle, string OgpId, int? MilestoneId = null) : IQuery<Form?>;

    public sealed record Form(
        Command Command,
        LocalizedText MemberName,
        LocalizedText CommitmentTitle,
        IReadOnlyList<MilestoneChoice> Milestones
    ) : IStoredForm<Command>;

    public sealed record MilestoneChoice(int Id, LocalizedText Text);

    public sealed record EvidenceInput
    {
        public string? Url { get; set; }

        public string? Title { get; set; }
    }

    [Allow(Audience.Official | Audience.SupportUnit)]
    [ChangesPublicData]
    public sealed record Command : CommitmentAddress, ICommand<string?>
    {
        /// <summary>Null for an update on the whole commitment.</summary>
        public int? MilestoneId { get; set; }

        public DateOnly? On { get; set; }

        public ProgressLevel Level { get; set; }

        public string? Text { get; set; }

        public string Language { get; set; } = "en";

        public List<EvidenceInput> Evidence { get; set; } = [];

        /// <summary>The rows with an address; empty rows of the form are ignored.</summary>
        public IEnumerable<EvidenceLink> Links =>
            Evidence.Where(e => !string.IsNullOrWhiteSpace(e.Url)).Select(e => new EvidenceLink(e.Url!.Trim(), e.Title));
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> text)
        {
            RuleFor(c => c.On).NotEmpty();
            RuleFor(c => c.Level).IsInEnum().WithMessage(_ => text["Validation.Choice"]);
            RuleFor(c => c.Text).NotEmpty().MaximumLength(ProgressUpdate.TextMax);
            RuleFor(c => c.Language).Must(ContentLanguages.IsKnown).WithMessage(_ => text["Validation.Choice"]);
            RuleFor(c => c.Evidence)
                .Must(e => e.Count <= ProgressUpdate.EvidenceMax)
                .WithMessage(_ => text["Domain.Progress.EvidenceInvalid", ProgressUpdate.EvidenceMax]);
            RuleForEach(c => c.Evidence)
                .ChildRules(row =>
                {
                    row.RuleFor(e => e.Url)
                        .MaximumLength(ProgressUpdate.UrlMax)
                        .Must(u => Domain.Timelines.ActivityDetails.CheckedLink(u) is not null)
                        .When(e => !string.IsNullOrWhiteSpace(e.Url))
                        .WithMessage(_ => text["Domain.Timeline.LinkInvalid"]);
                    row.RuleFor(e => e.Url)
                        .NotEmpty()
                        .When(e => !string.IsNullOrWhiteSpace(e.Title))
                        .WithMessage(_ => text["Progress.EvidenceUrlMissing"]);
                    row.RuleFor(e => e.Title).MaximumLength(ProgressUpdate.EvidenceTitleMax);
                });
        }
    }

    public sealed class QueryHandler(PortalDbContext db, CurrentActor actor, TimeProvider clock) : IQueryHandler<Query, Form?>
    {
        public async ValueTask<Form?> Handle(Query query, CancellationToken cancellationToken)
        {
            var loaded = await CommitmentAccess.LoadAsync(db, actor, query.Code, query.Cycle, query.OgpId, false, cancellationToken);
            if (loaded is null)
            {
                return null;
            }

            var command = new Command
            {
                Code = loaded.Member.Code,
                Cycle = loaded.Plan.Cycle,
                OgpId = loaded.Commitment.OgpId,
                MilestoneId = loaded.Commitment.Milestones.Any(m => m.Id == query.MilestoneId) ? query.MilestoneId : null,
                On = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime),
                Level = loaded.Commitment.Completion.ToProgress(),
                Language = ContentLanguages.FirstOf(loaded.Member.Code),
            };
            var milestones = loaded.Commitment.Milestones.OrderBy(m => m.Order).Select(m => new MilestoneChoice(m.Id, m.Text)).ToList();
            return new Form(command, loaded.Member.Name, loaded.Commitment.Title, milestones);
        }
    }

    /// <summary>The commitment's OGP id; null when the member, plan, commitment or milestone does not exist.</summary>
    public sealed class Handler(
        PortalDbContext db,
        CurrentActor actor,
        AuditTrail audit,
        TimeProvider clock,
        Notifications.Happenings happenings
    ) : ICommandHandler<Command, string?>
    {
        public async ValueTask<string?> Handle(Command command, CancellationToken cancellationToken)
        {
            var loaded = await CommitmentAccess.LoadForChangeAsync(db, actor, command, cancellationToken);
            if (loaded is null)
            {
                return null;
            }

            Milestone? milestone = null;
            if (command.MilestoneId is { } milestoneId)
            {
                milestone = loaded.Commitment.Milestones.FirstOrDefault(m => m.Id == milestoneId);
                if (milestone is null)
                {
                    return null;
                }
            }

            var report = new ProgressReport(command.On!.Value, command.Level, command.Text ?? "", command.Language, command.Links);
            var update = loaded.Plan.RecordProgress(loaded.Commitment, milestone, report, actor.RequireUserId(), clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            audit.Record(
                "progress.recorded",
                nameof(Commitment),
                loaded.Commitment.OgpId,
                null,
                new
                {
                    update.Id,
                    update.MilestoneId,
                    update.On,
                    Level = update.Level.ToString(),
                    update.Language,
                    update.Evidence,
                }
            );
            if (loaded.Plan.PublishedAt is not null)
            {
                happenings.Record(
                    Domain.Notifications.HappeningKind.ProgressUpdated,
                    Domain.Notifications.FollowedKind.Commitment,
                    loaded.Commitment.Id,
                    loaded.Commitment.Title,
                    Paths.Commitment(loaded.Commitment.OgpId),
                    loaded.Plan.MemberId
                );
            }

            return loaded.Commitment.OgpId;
        }
    }
}
