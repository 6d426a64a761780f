using CoCreation.Domain.Events;
using CoCreation.Domain.Members;
using CoCreation.Web.Infrastructure.Localization;

namespace CoCreation.Web.Features.Events;

/// <summary>
/// What the support unit fills in for an event; Create and Edit share the fields and their rules.
/// Times are typed as the clock shows them in the event's own time zone.
/// </summary>
public record EventForm
{
    /// <summary>Rows offered for speakers; empty rows are ignored.</summary>
    public const int SpeakerRows = 6;

    public EventKind Kind { get; set; } = EventKind.Webinar;

    public string? CampaignSlug { get; set; }

    public Region? Region { get; set; }

    public string Language { get; set; } = "en";

    public LocalizedInput Title { get; set; } = new();

    public LocalizedInput Description { get; set; } = new();

    public LocalizedInput Agenda { get; set; } = new();

    public string TimeZone { get; set; } = "UTC";

    public DateTime? Starts { get; set; }

    public DateTime? Ends { get; set; }

    public DateTime? RegistrationOpens { get; set; }

    public DateTime? RegistrationCloses { get; set; }

    public int? Capacity { get; set; }

    public string? OnlineLink { get; set; }

    public List<SpeakerRow> Speakers { get; set; } = [];

    public EventDetails ToDetails()
    {
        var zone = System.TimeZoneInfo.FindSystemTimeZoneById(TimeZone);
        DateTimeOffset Utc(DateTime local) =>
            new(System.TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone));
        return new EventDetails(
            Kind,
            Region,
            Language,
            Title.ToText(),
            Description.ToOptionalText(),
            Agenda.ToOptionalText(),
            new EventSchedule(
                Utc(Starts!.Value),
                Utc(Ends!.Value),
                TimeZone,
                RegistrationOpens is { } opens ? Utc(opens) : null,
                RegistrationCloses is { } closes ? Utc(closes) : null
            ),
            Capacity,
            string.IsNullOrWhiteSpace(OnlineLink) ? null : OnlineLink.Trim(),
            Speakers
                .Where(s => !string.IsNullOrWhiteSpace(s.Name))
                .Select(s => new Speaker(
                    s.Name!.Trim(),
                    s.Sector,
                    s.Affiliation?.Trim() ?? "",
                    string.IsNullOrWhiteSpace(s.Bio) ? null : s.Bio.Trim()
                ))
                .ToList()
        );
    }

    /// <summary>The form filled from an event, times back on the event's own clock.</summary>
    public static T From<T>(Event source, string? campaignSlug)
        where T : EventForm, new()
    {
        var schedule = source.Schedule;
        DateTime Local(DateTimeOffset moment) => EventTime.InZone(moment, schedule.TimeZone).DateTime;
        var form = new T
        {
            Kind = source.Kind,
            CampaignSlug = campaignSlug,
            Region = source.Region,
            Language = source.Language,
            Title = LocalizedInput.From(source.Title),
            Description = LocalizedInput.From(source.Description),
            Agenda = LocalizedInput.From(source.Agenda),
            TimeZone = schedule.TimeZone,
            Starts = Local(schedule.StartsAt),
            Ends = Local(schedule.EndsAt),
            RegistrationOpens = schedule.RegistrationOpensAt is { } opens ? Local(opens) : null,
            RegistrationCloses = schedule.RegistrationClosesAt is { } closes ? Local(closes) : null,
            Capacity = source.Capacity,
            OnlineLink = source.OnlineLink,
            Speakers = source
                .Speakers.Select(s => new SpeakerRow
                {
                    Name = s.Name,
                    Sector = s.Sector,
                    Affiliation = s.Affiliation,
                    Bio = s.Bio,
                })
                .ToList(),
        };
        return form;
    }

    /// <summary>Pads the speaker rows so the form always offers a few empty ones.</summary>
    public void PadSpeakers()
    {
        while (Speakers.Count < SpeakerRows)
        {
            Speakers.Add(new SpeakerRow());
        }
    }

    public static async Task<int?> CampaignIdAsync(
        PortalDbContext db,
        string? slug,
        IStringLocalizer text,
        CancellationToken cancellationToken
    )
    {
        if (string.IsNullOrWhiteSpace(slug))
        {
            return null;
        }

        var wanted = slug.Trim().ToLowerInvariant();
        return await db.Campaigns.Where(c => c.Slug == wanted).Select(c => (int?)c.Id).SingleOrDefaultAsync(cancellationToken)
            ?? throw new Infrastructure.Mediator.InputException(nameof(CampaignSlug), text["Validation.Choice"]);
    }

    public static object Snapshot(Event source) =>
        new
        {
            source.Kind,
            source.CampaignId,
            source.Region,
            source.Language,
            Title = source.Title.En,
            source.Schedule,
            source.Capacity,
            source.OnlineLink,
            Speakers = source.Speakers.Select(s => s.Name).ToList(),
            source.RecordingLink,
            Summary = source.Summary?.En,
            source.CancelledAt,
        };
}

public sealed record SpeakerRow
{
    public string? Name { get; set; }

    public SpeakerSector Sector { get; set; }

    public string? Affiliation { get; set; }

    public string? Bio { get; set; }
}

public abstract class EventFormValidator<T> : AbstractValidator<T>
    where T : EventForm
{
    protected EventFormValidator(IStringLocalizer<SharedResource> text)
    {
        RuleFor(e => e.Kind).IsInEnum().WithMessage(_ => text["Validation.Choice"]);
        RuleFor(e => e.Region).IsInEnum().WithMessage(_ => text["Validation.Choice"]);
        RuleFor(e => e.Language).Must(l => WorkingLanguages.All.Contains(l)).WithMessage(_ => text["Validation.Choice"]);
        RuleFor(e => e.Title).Localized(Event.TitleMax, EnglishText.Required);

        // A description or agenda in French or Spanish needs the English one, which is the fallback.
        RuleFor(e => e.Description)
            .Localized(Event.DescriptionMax, EnglishText.RequiredWithTranslations, () => text["Events.Form.EnglishFirst"]);
        RuleFor(e => e.Agenda).Localized(Event.AgendaMax, EnglishText.RequiredWithTranslations, () => text["Events.Form.EnglishFirst"]);
        RuleFor(e => e.TimeZone)
            .NotEmpty()
            .Must(zone => zone is { Length: <= Event.TimeZoneMax } && System.TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
            .WithMessage(_ => text["Events.Form.TimeZoneUnknown"]);
        RuleFor(e => e.Starts).NotEmpty();
        RuleFor(e => e.Ends)
            .NotEmpty()
            .GreaterThan(e => e.Starts)
            .When(e => e.Starts is not null)
            .WithMessage(_ => text["Domain.Event.EndsBeforeStart"]);
        RuleFor(e => e.RegistrationCloses)
            .GreaterThan(e => e.RegistrationOpens)
            .When(e => e.RegistrationOpens is not null && e.RegistrationCloses is not null)
            .WithMessage(_ => text["Domain.Event.RegistrationWindowInvalid"]);
        RuleFor(e => e.Starts).Must((form, local) => Exists(form.TimeZone, local)).WithMessage(_ => text["Events.Form.TimeSkipped"]);
        RuleFor(e => e.Ends).Must((form, local) => Exists(form.TimeZone, local)).WithMessage(_ => text["Events.Form.TimeSkipped"]);
        RuleFor(e => e.RegistrationOpens)
            .Must((form, local) => Exists(form.TimeZone, local))
            .WithMessage(_ => text["Events.Form.TimeSkipped"]);
        RuleFor(e => e.RegistrationCloses)
            .Must((form, local) => Exists(form.TimeZone, local))
            .WithMessage(_ => text["Events.Form.TimeSkipped"]);
        RuleFor(e => e.Capacity)
            .InclusiveBetween(1, 100_000)
            .When(e => e.Capacity is not null)
            .WithMessage(_ => text["Validation.Range", 1, 100_000]);
        RuleFor(e => e.OnlineLink).MaximumLength(Event.LinkMax).Must(WebAddress.IsValid).WithMessage(_ => text["Validation.Url"]);
        RuleFor(e => e.Speakers).Must(s => s.Count <= 20).WithMessage(_ => text["Validation.Choice"]);
        RuleForEach(e => e.Speakers)
            .ChildRules(speaker =>
            {
                speaker.RuleFor(s => s.Name).MaximumLength(Speaker.NameMax);
                speaker.RuleFor(s => s.Sector).IsInEnum().WithMessage(_ => text["Validation.Choice"]);
                speaker
                    .RuleFor(s => s.Affiliation)
                    .MaximumLength(Speaker.AffiliationMax)
                    .NotEmpty()
                    .When(s => !string.IsNullOrWhiteSpace(s.Name));
                speaker.RuleFor(s => s.Bio).MaximumLength(Speaker.BioMax);
            });
    }

    /// <summary>False for a clock time the zone skips (the hour lost when summer time starts).</summary>
    private static bool Exists(string? zoneId, DateTime? local) =>
        local is null
        || zoneId is null
        || !System.TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var zone)
        || !zone.IsInvalidTime(DateTime.SpecifyKind(local.Value, DateTimeKind.Unspecified));
}

public static class WebAddress
{
    /// <summary>An http(s) address, or nothing.</summary>
    public static bool IsValid(string? value) =>
        string.IsNullOrWhiteSpace(value)
        || (
            Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        );
}
