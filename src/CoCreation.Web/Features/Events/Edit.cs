using CoCreation.Web.Infrastructure.Audit;
using CoCreation.Web.Infrastructure.Localization;

namespace CoCreation.Web.Features.Events;

/// <summary>
/// The support unit edits an event: what registrants need to know before it (a new time is emailed to
/// them; more seats move the waiting list up), and after it the recording and a summary.
/// </summary>
public static class Edit
{
    [Allow(Audience.SupportUnit)]
    public sealed record Query(int Id) : IQuery<Command?>;

    [Allow(Audience.SupportUnit)]
    [ChangesPublicData]
    public sealed record Command : EventForm, ICommand<bool>
    {
        public int Id { get; set; }

        public string? RecordingLink { get; set; }

        public LocalizedInput Summary { get; set; } = new();

        public bool Held { get; set; }

        public bool Cancelled { get; set; }
    }

    public sealed class Validator : EventFormValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> text)
            : base(text)
        {
            RuleFor(e => e.RecordingLink)
                .MaximumLength(Domain.Events.Event.LinkMax)
                .Must(WebAddress.IsValid)
                .WithMessage(_ => text["Validation.Url"]);
            RuleFor(e => e.Summary)
                .Localized(Domain.Events.Event.SummaryMax, EnglishText.RequiredWithTranslations, () => text["Events.Form.EnglishFirst"]);
        }
    }

    public sealed class QueryHandler(PortalDbContext db, TimeProvider clock) : IQueryHandler<Query, Command?>
    {
        public async ValueTask<Command?> Handle(Query query, CancellationToken cancellationToken)
        {
            var source = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Id == query.Id, cancellationToken);
            if (source is null)
            {
                return null;
            }

            var slug = source.CampaignId is { } campaignId
                ? await db.Campaigns.Where(c => c.Id == campaignId).Select(c => c.Slug).SingleOrDefaultAsync(cancellationToken)
                : null;
            var form = EventForm.From<Command>(source, slug);
            form.Id = source.Id;
            form.RecordingLink = source.RecordingLink;
            form.Summary = LocalizedInput.From(source.Summary);
            form.Held = clock.GetUtcNow() >= source.Schedule.StartsAt;
            form.Cancelled = source.CancelledAt is not null;
            return form;
        }
    }

    /// <summary>False when there is no such event.</summary>
    public sealed class Handler(PortalDbContext db, AuditTrail audit, TimeProvider clock, IStringLocalizer<SharedResource> text)
        : ICommandHandler<Command, bool>
    {
        public async ValueTask<bool> Handle(Command command, CancellationToken cancellationToken)
        {
            var planned = await EventLock.LoadLockedAsync(db, command.Id, cancellationToken);
            if (planned is null)
            {
                return false;
            }

            var now = clock.GetUtcNow();
            var before = EventForm.Snapshot(planned);
            var campaignId = await EventForm.CampaignIdAsync(db, command.CampaignSlug, text, cancellationToken);
            if (campaignId != planned.CampaignId)
            {
                planned.MoveToCampaign(campaignId, now);
            }

            var details = command.ToDetails();
            details = details with { Schedule = SameMinutes(details.Schedule, planned.Schedule) };
            if (!details.SameAs(planned.Details))
            {
                planned.Revise(details, now);
            }

            planned.RecordOutcome(
                string.IsNullOrWhiteSpace(command.RecordingLink) ? null : command.RecordingLink.Trim(),
                command.Summary.ToOptionalText(),
                now
            );
            audit.Record("event.updated", nameof(Domain.Events.Event), planned.Id, before, EventForm.Snapshot(planned));
            return true;
        }

        /// <summary>
        /// The form shows times to the minute: a time it gives back unchanged keeps its seconds, so an
        /// edit that did not touch the time is not announced to registrants as a new time.
        /// </summary>
        private static Domain.Events.EventSchedule SameMinutes(Domain.Events.EventSchedule typed, Domain.Events.EventSchedule stored)
        {
            static DateTimeOffset Keep(DateTimeOffset typedMoment, DateTimeOffset storedMoment) =>
                typedMoment == storedMoment.AddTicks(-(storedMoment.Ticks % TimeSpan.TicksPerMinute)) ? storedMoment : typedMoment;
            static DateTimeOffset? KeepOptional(DateTimeOffset? typedMoment, DateTimeOffset? storedMoment) =>
                typedMoment is { } t && storedMoment is { } s ? Keep(t, s) : typedMoment;

            return typed with
            {
                StartsAt = Keep(typed.StartsAt, stored.StartsAt),
                EndsAt = Keep(typed.EndsAt, stored.EndsAt),
                RegistrationOpensAt = KeepOptional(typed.RegistrationOpensAt, stored.RegistrationOpensAt),
                RegistrationClosesAt = KeepOptional(typed.RegistrationClosesAt, stored.RegistrationClosesAt),
            };
        }
    }
}
