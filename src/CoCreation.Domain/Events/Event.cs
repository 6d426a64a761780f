using CoCreation.Domain.Common;
using CoCreation.Domain.Members;

namespace CoCreation.Domain.Events;

public enum EventKind
{
    Webinar,
    LiveStream,
    InPerson,
}

public enum SpeakerSector
{
    CivilSociety,
    Government,
    IrmResearcher,
    SupportUnit,
}

public enum RegistrationStatus
{
    Confirmed,
    Waiting,
    Cancelled,
}

/// <summary>A speaker of an event (example names are marked as such in the demo data).</summary>
public sealed record Speaker(string Name, SpeakerSector Sector, string Affiliation, string? Bio = null);

/// <summary>What an event is about and when, in its own time zone (an IANA id the web layer checks).</summary>
public sealed record EventSchedule(DateTimeOffset StartsAt, DateTimeOffset EndsAt, string TimeZone, DateTimeOffset? RegistrationOpensAt, DateTimeOffset? RegistrationClosesAt);

/// <summary>
/// A webinar, live stream or in-person event with its registrations. Seats are never given beyond the
/// capacity: the rest wait in arrival order and the first waiting person is promoted when a seat frees.
/// (Issue 5 builds the pages, emails and calendars on these rules.)
/// </summary>
public sealed class Event : Entity
{
    private readonly List<Registration> _registrations = [];
    private readonly List<Speaker> _speakers = [];

    private Event() { }

    public int Id { get; private set; }

    public EventKind Kind { get; private set; }

    public int? CampaignId { get; private set; }

    public Region? Region { get; private set; }

    public string Language { get; private set; } = "en";

    public LocalizedText Title { get; private set; } = null!;

    public EventSchedule Schedule { get; private set; } = null!;

    public int? Capacity { get; private set; }

    public string? OnlineLink { get; private set; }

    public DateTimeOffset? CancelledAt { get; private set; }

    public IReadOnlyList<Speaker> Speakers => _speakers;

    public IReadOnlyList<Registration> Registrations => _registrations;

    public int Confirmed => _registrations.Count(r => r.Status == RegistrationStatus.Confirmed);

    public int? SeatsLeft => Capacity is { } capacity ? Math.Max(0, capacity - Confirmed) : null;

    public static Event Plan(EventKind kind, int? campaignId, Region? region, string language, LocalizedText title, EventSchedule schedule, int? capacity, string? onlineLink, IEnumerable<Speaker> speakers)
    {
        if (schedule.EndsAt <= schedule.StartsAt)
        {
            throw new DomainException("Domain.Event.EndsBeforeStart");
        }

        if (schedule.RegistrationClosesAt is { } closes && (closes > schedule.EndsAt || (schedule.RegistrationOpensAt is { } opens && closes <= opens)))
        {
            throw new DomainException("Domain.Event.RegistrationWindowInvalid");
        }

        if (capacity is < 1)
        {
            throw new DomainException("Domain.Event.CapacityInvalid");
        }

        var plannedEvent = new Event
        {
            Kind = kind,
            CampaignId = campaignId,
            Region = region,
            Language = language,
            Title = title,
            Schedule = schedule,
            Capacity = capacity,
            OnlineLink = onlineLink,
        };
        plannedEvent._speakers.AddRange(speakers);
        return plannedEvent;
    }

    public bool IsOpenForRegistration(DateTimeOffset now) =>
        CancelledAt is null
        && now < Schedule.StartsAt
        && (Schedule.RegistrationOpensAt is null || now >= Schedule.RegistrationOpensAt)
        && (Schedule.RegistrationClosesAt is null || now < Schedule.RegistrationClosesAt);

    /// <summary>A seat if one is left, else a place on the waiting list; one active registration per person.</summary>
    public Registration Register(Registrant registrant, DateTimeOffset now)
    {
        if (!IsOpenForRegistration(now))
        {
            throw new DomainException(CancelledAt is null ? "Domain.Event.RegistrationClosed" : "Domain.Event.Cancelled");
        }

        if (_registrations.Exists(r => r.Status != RegistrationStatus.Cancelled && r.Registrant.SamePersonAs(registrant)))
        {
            throw new DomainException("Domain.Event.AlreadyRegistered");
        }

        var status = SeatsLeft is 0 ? RegistrationStatus.Waiting : RegistrationStatus.Confirmed;
        var registration = new Registration(registrant, status, now, _registrations.Count == 0 ? 1 : _registrations.Max(r => r.Sequence) + 1);
        _registrations.Add(registration);
        Raise(new RegistrationChanged(this, registration, status == RegistrationStatus.Confirmed ? RegistrationChange.Confirmed : RegistrationChange.Waiting));
        return registration;
    }

    /// <summary>Cancels one registration; a freed seat goes to the first person waiting, in arrival order.</summary>
    public void Cancel(Registration registration, DateTimeOffset now)
    {
        if (!_registrations.Contains(registration) || registration.Status == RegistrationStatus.Cancelled)
        {
            throw new DomainException("Domain.Event.NotRegistered");
        }

        var freedSeat = registration.Status == RegistrationStatus.Confirmed;
        registration.MarkCancelled(now);
        Raise(new RegistrationChanged(this, registration, RegistrationChange.Cancelled));
        if (freedSeat && CancelledAt is null && _registrations.Where(r => r.Status == RegistrationStatus.Waiting).MinBy(r => r.Sequence) is { } next)
        {
            next.Promote(now);
            Raise(new RegistrationChanged(this, next, RegistrationChange.Promoted));
        }
    }

    /// <summary>The event will not take place: every active registrant is told.</summary>
    public void CancelEvent(DateTimeOffset now)
    {
        if (CancelledAt is not null)
        {
            throw new DomainException("Domain.Event.Cancelled");
        }

        CancelledAt = now;
        foreach (var registration in _registrations.Where(r => r.Status != RegistrationStatus.Cancelled))
        {
            registration.MarkCancelled(now);
            Raise(new RegistrationChanged(this, registration, RegistrationChange.EventCancelled));
        }
    }
}
