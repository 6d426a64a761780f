using CoCreation.Domain.Common;

namespace CoCreation.Domain.Timelines;

/// <summary>
/// What an activity is, when and where: the moments are instants (UTC) and <see cref="TimeZone"/> is the
/// IANA zone people attend in, used to show and enter local times.
/// </summary>
public sealed record ActivityDetails
{
    public ActivityDetails(
        ActivityKind kind,
        LocalizedText title,
        LocalizedText? description,
        DateTimeOffset startsAt,
        DateTimeOffset endsAt,
        string timeZone,
        string? place,
        string? onlineLink,
        IEnumerable<string> languages,
        string? whoMayAttend,
        string? howToRegister,
        int? capacity
    )
    {
        if (!Enum.IsDefined(kind))
        {
            throw new DomainException("Domain.Timeline.KindUnknown");
        }

        if (endsAt <= startsAt)
        {
            throw new DomainException("Domain.Event.EndsBeforeStart");
        }

        ZonedTime.RequireZone(timeZone);
        if (string.IsNullOrWhiteSpace(place) && string.IsNullOrWhiteSpace(onlineLink))
        {
            throw new DomainException("Domain.Timeline.PlaceOrLinkRequired");
        }

        if (capacity is < 1)
        {
            throw new DomainException("Domain.Event.CapacityInvalid");
        }

        var spoken = languages.Select(l => l.Trim().ToLowerInvariant()).Where(l => l.Length > 0).Distinct().ToList();
        if (spoken.Count == 0 || spoken.Exists(l => l.Length != 2 || !l.All(char.IsAsciiLetterLower)))
        {
            throw new DomainException("Domain.Timeline.LanguagesInvalid");
        }

        Kind = kind;
        Title = title;
        Description = description;
        StartsAt = startsAt.ToUniversalTime();
        EndsAt = endsAt.ToUniversalTime();
        TimeZone = timeZone;
        Place = Clean(place);
        OnlineLink = string.IsNullOrWhiteSpace(onlineLink)
            ? null
            : CheckedLink(onlineLink) ?? throw new DomainException("Domain.Timeline.LinkInvalid");
        Languages = spoken;
        WhoMayAttend = Clean(whoMayAttend);
        HowToRegister = Clean(howToRegister);
        Capacity = capacity;
    }

    public ActivityKind Kind { get; }

    public LocalizedText Title { get; }

    public LocalizedText? Description { get; }

    public DateTimeOffset StartsAt { get; }

    public DateTimeOffset EndsAt { get; }

    public string TimeZone { get; }

    public string? Place { get; }

    public string? OnlineLink { get; }

    public IReadOnlyList<string> Languages { get; }

    public string? WhoMayAttend { get; }

    public string? HowToRegister { get; }

    public int? Capacity { get; }

    /// <summary>An absolute http(s) address, or null.</summary>
    public static string? CheckedLink(string? link) =>
        Uri.TryCreate(link?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri.ToString()
            : null;

    /// <summary>Names of the fields that differ, for the revision shown to readers.</summary>
    public List<string> DifferencesFrom(ActivityDetails other)
    {
        var fields = new List<string>();
        void Compare(string name, bool same)
        {
            if (!same)
            {
                fields.Add(name);
            }
        }

        Compare(nameof(Kind), Kind == other.Kind);
        Compare(nameof(Title), Title == other.Title);
        Compare(nameof(Description), Description == other.Description);
        Compare("Time", StartsAt == other.StartsAt && EndsAt == other.EndsAt && TimeZone == other.TimeZone);
        Compare(nameof(Place), Place == other.Place && OnlineLink == other.OnlineLink);
        Compare(nameof(Languages), Languages.SequenceEqual(other.Languages));
        Compare(nameof(WhoMayAttend), WhoMayAttend == other.WhoMayAttend);
        Compare(nameof(HowToRegister), HowToRegister == other.HowToRegister && Capacity == other.Capacity);
        return fields;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>A workshop, meeting, consultation… of a timeline. Changed only through its timeline.</summary>
public sealed class TimelineActivity
{
    // The longest text each field takes, in each language: the form's rules and the columns read these.
    public const int TitleMax = 200;
    public const int DescriptionMax = 4000;
    public const int TimeZoneMax = 64;
    public const int PlaceMax = 300;
    public const int LinkMax = 500;
    public const int LanguagesMax = 60;
    public const int WhoMayAttendMax = 1000;
    public const int HowToRegisterMax = 1000;

    private TimelineActivity() { }

    internal TimelineActivity(TimelinePhase? phase, ActivityDetails details)
    {
        Phase = phase;
        Apply(details);
    }

    public int Id { get; private set; }

    public int TimelineId { get; private set; }

    public int? PhaseId { get; private set; }

    public TimelinePhase? Phase { get; private set; }

    public ActivityKind Kind { get; private set; }

    public LocalizedText Title { get; private set; } = null!;

    public string? DescriptionEn { get; private set; }

    public string? DescriptionFr { get; private set; }

    public string? DescriptionEs { get; private set; }

    /// <summary>The three stored languages as one text; null when the activity has none.</summary>
    public LocalizedText? Description => DescriptionEn is null ? null : new LocalizedText(DescriptionEn, DescriptionFr, DescriptionEs);

    public DateTimeOffset StartsAt { get; private set; }

    public DateTimeOffset EndsAt { get; private set; }

    public string TimeZone { get; private set; } = "UTC";

    public string? Place { get; private set; }

    public string? OnlineLink { get; private set; }

    public List<string> Languages { get; private set; } = [];

    public string? WhoMayAttend { get; private set; }

    public string? HowToRegister { get; private set; }

    public int? Capacity { get; private set; }

    public string? SummaryLink { get; private set; }

    public DateTimeOffset? CancelledAt { get; private set; }

    /// <summary>RFC 5545 SEQUENCE: grows with each change after publication, so calendars replace the old copy.</summary>
    public int Sequence { get; private set; }

    public ActivityDetails Details =>
        new(Kind, Title, Description, StartsAt, EndsAt, TimeZone, Place, OnlineLink, Languages, WhoMayAttend, HowToRegister, Capacity);

    internal void Change(TimelinePhase? phase, ActivityDetails details, bool published)
    {
        Phase = phase;
        Apply(details);
        Bump(published);
    }

    internal void Cancel(DateTimeOffset now, bool published)
    {
        CancelledAt = now;
        Bump(published);
    }

    internal void RecordSummary(string link, bool published)
    {
        SummaryLink = link;
        Bump(published);
    }

    private void Bump(bool published)
    {
        if (published)
        {
            Sequence++;
        }
    }

    private void Apply(ActivityDetails details)
    {
        Kind = details.Kind;
        Title = details.Title;
        DescriptionEn = details.Description?.En;
        DescriptionFr = details.Description?.Fr;
        DescriptionEs = details.Description?.Es;
        StartsAt = details.StartsAt;
        EndsAt = details.EndsAt;
        TimeZone = details.TimeZone;
        Place = details.Place;
        OnlineLink = details.OnlineLink;
        Languages = [.. details.Languages];
        WhoMayAttend = details.WhoMayAttend;
        HowToRegister = details.HowToRegister;
        Capacity = details.Capacity;
    }
}

/// <summary>Local wall-clock times in an IANA zone and the instants they stand for.</summary>
public static class ZonedTime
{
    public static TimeZoneInfo RequireZone(string? timeZone) =>
        !string.IsNullOrWhiteSpace(timeZone)
        && (timeZone.Contains('/', StringComparison.Ordinal) || timeZone == "UTC")
        && TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var zone)
            ? zone
            : throw new DomainException("Domain.Timeline.TimeZoneUnknown");

    /// <summary>
    /// The instant of a local time in the zone. A time skipped by a clock change does not exist and is
    /// refused; a time that happens twice (clocks going back) is taken at its first occurrence.
    /// </summary>
    public static DateTimeOffset ToInstant(DateTime local, string timeZone)
    {
        var zone = RequireZone(timeZone);
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(unspecified))
        {
            throw new DomainException("Domain.Timeline.TimeSkipped");
        }

        var offset = zone.IsAmbiguousTime(unspecified) ? zone.GetAmbiguousTimeOffsets(unspecified).Max() : zone.GetUtcOffset(unspecified);
        return new DateTimeOffset(unspecified, offset).ToUniversalTime();
    }

    public static DateTime ToLocal(DateTimeOffset instant, string timeZone) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var zone)
            ? TimeZoneInfo.ConvertTime(instant, zone).DateTime
            : instant.UtcDateTime;
}
