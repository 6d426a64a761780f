using CoCreation.Domain.ActionPlans;
using CoCreation.Web.Infrastructure.Audit;

namespace CoCreation.Web.Features.ActionPlans;

/// <summary>
/// An official starts or updates the National Action Plan of a cycle: status (forward only), documents
/// as links, and publication. Only for the members they act for.
/// </summary>
public static class Edit
{
    /// <summary>The plan of <paramref name="Cycle"/>, or of the latest cycle, or a new one when there is none.</summary>
    [Allow(Audience.Official | Audience.SupportUnit)]
    public sealed record Query(string Code, string? Cycle) : IQuery<Form?>;

    public sealed record Form(
        Command Command,
        LocalizedText MemberName,
        bool Exists,
        DateTimeOffset? PublishedAt,
        IReadOnlyList<CommitmentItem> Commitments,
        IReadOnlyList<string> OtherCycles
    ) : IStoredForm<Command>;

    public sealed record CommitmentItem(string OgpId, LocalizedText Title, CompletionLevel Completion);

    [Allow(Audience.Official | Audience.SupportUnit)]
    [ChangesPublicData]
    public sealed record Command : ICommand<bool>
    {
        public string Code { get; set; } = "";

        public string Cycle { get; set; } = "";

        public PlanStatus Status { get; set; }

        /// <summary>One document a line: "Title | https://…".</summary>
        public string? Documents { get; set; }

        public bool Publish { get; set; }

        public IEnumerable<PlanDocument> DocumentList =>
            (Documents ?? "")
                .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(line => line.Split('|', 2, StringSplitOptions.TrimEntries))
                .Select(parts => new PlanDocument(parts[0], parts.Length > 1 ? parts[1] : ""));

        public static string Lines(IEnumerable<PlanDocument> documents) => string.Join("\n", documents.Select(d => $"{d.Title} | {d.Url}"));
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> text)
        {
            RuleFor(c => c.Cycle).NotEmpty().Matches("^20[0-9]{2}-20[0-9]{2}$").WithMessage(_ => text["Domain.Plan.CycleInvalid"]);
            RuleFor(c => c.Status).IsInEnum().WithMessage(_ => text["Validation.Choice"]);
            RuleFor(c => c.Documents)
                .MaximumLength(4000)
                .Must(
                    (c, _) =>
                        c.DocumentList.All(d =>
                            d.Title.Length is > 0 and <= 200 && Domain.Timelines.ActivityDetails.CheckedLink(d.Url) is not null
                        )
                )
                .WithMessage(_ => text["Domain.Plan.DocumentInvalid"]);
        }
    }

    public sealed class QueryHandler(PortalDbContext db, CurrentActor actor) : IQueryHandler<Query, Form?>
    {
        public async ValueTask<Form?> Handle(Query query, CancellationToken cancellationToken)
        {
            var member = await MemberAuthority.FindForEditAsync(db, actor, query.Code, cancellationToken);
            if (member is null)
            {
                return null;
            }

            var cycles = await db
                .NationalActionPlans.AsNoTracking()
                .Where(p => p.MemberId == member.Id)
                .OrderByDescending(p => p.Cycle)
                .Select(p => p.Cycle)
                .ToListAsync(cancellationToken);
            var cycle = query.Cycle ?? cycles.FirstOrDefault();
            var plan = cycle is null
                ? null
                : await db
                    .NationalActionPlans.AsNoTracking()
                    .Include(p => p.Commitments)
                    .SingleOrDefaultAsync(p => p.MemberId == member.Id && p.Cycle == cycle, cancellationToken);
            if (plan is null)
            {
                return new Form(new Command { Code = member.Code, Cycle = query.Cycle ?? "" }, member.Name, false, null, [], cycles);
            }

            var command = new Command
            {
                Code = member.Code,
                Cycle = plan.Cycle,
                Status = plan.Status,
                Documents = Command.Lines(plan.Documents),
            };
            var commitments = plan
                .Commitments.OrderBy(c => c.OgpId)
                .Select(c => new CommitmentItem(c.OgpId, c.Title, c.Completion))
                .ToList();
            return new Form(command, member.Name, true, plan.PublishedAt, commitments, cycles.Where(c => c != plan.Cycle).ToList());
        }
    }

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
            if (await PlanAccess.LoadAsync(db, actor, command.Code, command.Cycle, tracked: true, cancellationToken) is not { } loaded)
            {
                return false;
            }

            var memberId = loaded.Member.Id;
            var plan = loaded.Plan;
            object? before = null;
            if (plan is null)
            {
                plan = NationalActionPlan.Start(memberId, command.Cycle, command.Status);
                db.NationalActionPlans.Add(plan);
            }
            else
            {
                before = PlanAuditSnapshots.Snapshot(plan);
                plan.MoveTo(command.Status);
            }

            plan.SetDocuments(command.DocumentList);
            var publishing = command.Publish && plan.PublishedAt is null;
            if (publishing)
            {
                plan.Publish(clock.GetUtcNow());
            }

            await db.SaveChangesAsync(cancellationToken);
            audit.Record(
                publishing ? "plan.published"
                    : before is null ? "plan.created"
                    : "plan.updated",
                nameof(NationalActionPlan),
                plan.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                before,
                PlanAuditSnapshots.Snapshot(plan)
            );
            if (publishing)
            {
                await happenings.RecordForMemberAsync(
                    Domain.Notifications.HappeningKind.PlanPublished,
                    memberId,
                    code => Paths.Plan(code, plan.Cycle),
                    new LocalizedText(plan.Cycle),
                    cancellationToken
                );
            }

            return true;
        }
    }
}
