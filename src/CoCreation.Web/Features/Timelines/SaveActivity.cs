using CoCreation.Domain.Timelines;
using CoCreation.Web.Infrastructure.Audit;
using CoCreation.Web.Infrastructure.Localization;

namespace CoCreation.Web.Features.Timelines;

/// <summary>
/// Adds an activity to the current timeline or changes one. Times are entered as the local time of the
/// activity's zone; after publication the change is kept as a revision, and a summary or minutes link
/// can be added once the activity has begun.
/// </summary>
public static class SaveActivity
{
    [Allow(Audience.Official | Audience.SupportUnit)]
    public sealed record Query(string Code, int? ActivityId) : IQuery<Form?>;

    public sealed record Form(Command Command, LocalizedText MemberName, IReadOnlyList<Edit.PhaseItem> Phases, bool Cancelled)
        : IStoredForm<Command>;

    [Allow(Audience.Official | Audience.SupportUnit)]
    [ChangesPublicData]
    public sealed record Command : ICommand<int?>
    {
        public string Code { get; set; } = "";

        public int? ActivityId { get; set; }

        public int? PhaseId { get; set; }

        /// <summary>No default: the official chooses it.</summary>
        public ActivityKind? Kind { get; set; }

        public LocalizedInput Title { get; set; } = new();

        public LocalizedInput Description { get; set; } = new();

        /// <summary>Wall-clock time in <see cref="TimeZone"/>.</summary>
        public DateTime? StartsLocal { get; set; }

        public DateTime? EndsLocal { get; set; }

        public string TimeZone { get; set; } = "";

        public string? Place { get; set; }

        public string? OnlineLink { get; set; }

        /// <summary>Two-letter codes separated by commas, e.g. "es, en".</summary>
        public string Languages { get; set; } = "";

        public string? WhoMayAttend { get; set; }

        public string? HowToRegister { get; set; }

        public int? Capacity { get; set; }

        public string? SummaryLink { get; set; }

        public IEnumerable<string> LanguageList =>
            (Languages ?? "")
                .Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(l => l.ToLowerInvariant());
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> text)
        {
            RuleFor(c => c.Kind).NotNull().IsInEnum().WithMessage(_ => text["Validation.Choice"]);
            // A member working in Spanish or French writes in it; one language is enough.
            RuleFor(c => c.Title)
                .Localized(TimelineActivity.TitleMax, EnglishText.AnyLanguage, () => text["Domain.LocalizedText.OneLanguageRequired"]);
            RuleFor(c => c.Description).Localized(TimelineActivity.DescriptionMax);
            RuleFor(c => c.StartsLocal).NotNull().Must(InRange).WithMessage(_ => text["Timeline.DateOutOfRange"]);
            RuleFor(c => c.EndsLocal).Must(InRange).WithMessage(_ => text["Timeline.DateOutOfRange"]);
            RuleFor(c => c.EndsLocal)
                .NotNull()
                .GreaterThan(c => c.StartsLocal)
                .When(c => c.StartsLocal is not null)
                .WithMessage(_ => text["Domain.Event.EndsBeforeStart"]);
            RuleFor(c => c.TimeZone).Must(IsZone).WithMessage(_ => text["Domain.Timeline.TimeZoneUnknown"]);
            RuleFor(c => c.Place)
                .MaximumLength(TimelineActivity.PlaceMax)
                .NotEmpty()
                .When(c => string.IsNullOrWhiteSpace(c.OnlineLink))
                .WithMessage(_ => text["Domain.Timeline.PlaceOrLinkRequired"]);
            RuleFor(c => c.OnlineLink)
                .MaximumLength(TimelineActivity.LinkMax)
                .Must(l => ActivityDetails.CheckedLink(l) is not null)
                .When(c => !string.IsNullOrWhiteSpace(c.OnlineLink))
                .WithMessage(_ => text["Domain.Timeline.LinkInvalid"]);
            RuleFor(c => c.SummaryLink)
                .MaximumLength(TimelineActivity.LinkMax)
                .Must(l => ActivityDetails.CheckedLink(l) is not null)
                .When(c => !string.IsNullOrWhiteSpace(c.SummaryLink))
                .WithMessage(_ => text["Domain.Timeline.LinkInvalid"]);
            RuleFor(c => c.Languages)
                .MaximumLength(TimelineActivity.LanguagesMax)
                .Must((c, _) => c.LanguageList.Any() && c.LanguageList.All(l => l.Length == 2 && l.All(char.IsAsciiLetterLower)))
                .WithMessage(_ => text["Domain.Timeline.LanguagesInvalid"]);
            RuleFor(c => c.WhoMayAttend).MaximumLength(TimelineActivity.WhoMayAttendMax);
            RuleFor(c => c.HowToRegister).MaximumLength(TimelineActivity.HowToRegisterMax);
            RuleFor(c => c.Capacity).InclusiveBetween(1, 100_000).WithMessage(_ => text["Domain.Event.CapacityInvalid"]);
        }

        /// <summary>Far-off years are typing mistakes, and near year 1 the instant would not exist in UTC.</summary>
        private static bool InRange(DateTime? local) => local is not { } value || value.Year is >= 2000 and <= 2100;

        private static bool IsZone(string? zone)
        {
            try
            {
                ZonedTime.RequireZone(zone);
                return true;
            }
            catch (DomainException)
            {
                return false;
            }
        }
    }

    public sealed class QueryHandler(PortalDbContext db, CurrentActor actor) : IQueryHandler<Query, Form?>
    {
        public async ValueTask<Form?> Handle(Query query, CancellationToken cancellationToken)
        {
            var overview = await new Edit.Handler(db, actor).Handle(new Edit.Query(query.Code), cancellationToken);
            if (overview?.TimelineId is not { } timelineId)
            {
                return null;
            }

            if (query.ActivityId is not { } id)
            {
                var zone = await db
                    .Timelines.AsNoTracking()
                    .Where(t => t.Id == timelineId)
                    .SelectMany(t => t.Activities)
                    .OrderByDescending(a => a.Id)
                    .Select(a => a.TimeZone)
                    .FirstOrDefaultAsync(cancellationToken);
                return new Form(
                    new Command
                    {
                        Code = overview.Code,
                        TimeZone = zone ?? "UTC",
                        Languages = "en",
                    },
                    overview.MemberName,
                    overview.Phases,
                    false
                );
            }

            var activity = await db
                .Timelines.AsNoTracking()
                .Where(t => t.Id == timelineId)
                .SelectMany(t => t.Activities)
                .Where(a => a.Id == id)
                .SingleOrDefaultAsync(cancellationToken);
            if (activity is null)
            {
                return null;
            }

            var command = new Command
            {
                Code = overview.Code,
                ActivityId = activity.Id,
                PhaseId = activity.PhaseId,
                Kind = activity.Kind,
                Title = LocalizedInput.From(activity.Title),
                Description = new()
                {
                    En = activity.DescriptionEn,
                    Fr = activity.DescriptionFr,
                    Es = activity.DescriptionEs,
                },
                StartsLocal = ZonedTime.ToLocal(activity.StartsAt, activity.TimeZone),
                EndsLocal = ZonedTime.ToLocal(activity.EndsAt, activity.TimeZone),
                TimeZone = activity.TimeZone,
                Place = activity.Place,
                OnlineLink = activity.OnlineLink,
                Languages = string.Join(", ", activity.Languages),
                WhoMayAttend = activity.WhoMayAttend,
                HowToRegister = activity.HowToRegister,
                Capacity = activity.Capacity,
                SummaryLink = activity.SummaryLink,
            };
            return new Form(command, overview.MemberName, overview.Phases, activity.CancelledAt is not null);
        }
    }

    /// <summary>The activity's id; null when the member or the activity does not exist.</summary>
    public sealed class Handler(
        PortalDbContext db,
        CurrentActor actor,
        AuditTrail audit,
        TimeProvider clock,
        Notifications.Happenings happenings
    ) : ICommandHandler<Command, int?>
    {
        public async ValueTask<int?> Handle(Command command, CancellationToken cancellationToken)
        {
            if (await TimelineAccess.LoadForChangeAsync(db, actor, command.Code, cancellationToken) is not { } loaded)
            {
                return null;
            }

            var timeline = loaded.Timeline ?? throw new DomainException("Domain.Timeline.StartFirst");
            TimelinePhase? phase = null;
            if (command.PhaseId is { } phaseId)
            {
                phase = timeline.Phases.FirstOrDefault(p => p.Id == phaseId) ?? throw new DomainException("Domain.Timeline.PhaseUnknown");
            }

            var details = new ActivityDetails(
                command.Kind!.Value,
                command.Title.ToText(),
                command.Description.ToOptionalText(),
                ZonedTime.ToInstant(command.StartsLocal!.Value, command.TimeZone),
                ZonedTime.ToInstant(command.EndsLocal!.Value, command.TimeZone),
                command.TimeZone,
                command.Place,
                command.OnlineLink,
                command.LanguageList,
                command.WhoMayAttend,
                command.HowToRegister,
                command.Capacity
            );
            var actorId = actor.RequireUserId();
            var now = clock.GetUtcNow();
            TimelineActivity activity;
            object? before = null;
            if (command.ActivityId is { } id)
            {
                activity = timeline.Activities.FirstOrDefault(a => a.Id == id)!;
                if (activity is null)
                {
                    return null;
                }

                before = TimelineAccess.Snapshot(activity);
                timeline.ChangeActivity(activity, phase, details, actorId, now);
            }
            else
            {
                activity = timeline.AddActivity(phase, details, actorId, now);
            }

            var summary = string.IsNullOrWhiteSpace(command.SummaryLink) ? null : ActivityDetails.CheckedLink(command.SummaryLink);
            if (summary is not null && summary != activity.SummaryLink)
            {
                timeline.RecordSummary(activity, summary, actorId, now);
            }

            await db.SaveChangesAsync(cancellationToken);
            audit.Record(
                before is null ? "timeline.activity-added" : "timeline.activity-updated",
                nameof(TimelineActivity),
                activity.Id,
                before,
                TimelineAccess.Snapshot(activity)
            );
            await TimelineAccess.TellActivityChangedAsync(happenings, loaded, activity, cancellationToken);
            return activity.Id;
        }
    }
}
