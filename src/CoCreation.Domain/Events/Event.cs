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
public sealed record Speaker(string Name, SpeakerSector Sector, string Affiliation, string? Bio = null)
{
    public const int NameMax = 200;
    public const int AffiliationMax = 200;
    public const int BioMax = 1000;
}

/// <summary>What an event is about and when, in its own time zone (an IANA id the web layer checks).</summary>
public sealed record EventSchedule(
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string TimeZone,
    DateTimeOffset? RegistrationOpensAt,
    DateTimeOffset? RegistrationClosesAt
);

/// <summary>Everything the support unit writes about an event before it takes place.</summary>
public sealed record EventDetails(
    EventKind Kind,
    Region? Region,
    string Language,
    LocalizedText Title,
    LocalizedText? Description,
    LocalizedText? Agenda,
    EventSchedule Schedule,
    int? Capacity,
    string? OnlineLink,
    IReadOnlyList<Speaker> Speakers
)
{
    /// <summary>Equal field by field, speakers compared in order.</summary>
    public bool SameAs(EventDetails other) =>
        this with { Speakers = Array.Empty<Speaker>() } == other with { Speakers = Array.Empty<Speaker>() }
        && Speakers.SequenceEqual(other.Speakers);
}

/// <summary>
/// A webinar, live stream or in-person event with its registrations. Seats are never given beyond the
/// capacity: the rest wait in arrival order and the first waiting person is promoted when a seat frees.
/// (Issue 5 builds the pages, emails and calendars on these rules.)
/// </summary>
public sealed class Event : Entity
{
    // The longest text each field takes, in each language: the form's rules and the columns read these.
    public const int TitleMax = 200;
    public const int DescriptionMax = 5000;
    public const int AgendaMax = 5000;
    public const int SummaryMax = 10000;
    public const int LinkMax = 500;
    public const int TimeZoneMax = 64;

    /// <summary>Reminders leave this long before the start.</summary>
    public static readonly TimeSpan ReminderLead = TimeSpan.FromHours(24);

    private readonly List<Registration> _registrations = [];
    private readonly List<Speaker> _speakers = [];

    private Event() { }

    public int Id { get; private set; }

    public EventKind Kind { get; private set; }

    public int? CampaignId { get; private set; }

    public Region? Region { get; private set; }

    public string Language { get; private set; } = "en";

    public LocalizedText Title { get; private set; } = null!;

    public LocalizedText? Description { get; private set; }

    public LocalizedText? Agenda { get; private set; }

    public EventSchedule Schedule { get; private set; } = null!;

    public int? Capacity { get; private set; }

    public string? OnlineLink { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? UpdatedAt { get; private set; }

    public DateTimeOffset? CancelledAt { get; private set; }

    /// <summary>When the 24-hour reminders were queued; set once, so they leave once.</summary>
    public DateTimeOffset? RemindersSentAt { get; private set; }

    /// <summary>After the event: where to watch it again.</summary>
    public string? RecordingLink { get; private set; }

    /// <summary>After the event: what was said and agreed.</summary>
    public LocalizedText? Summary { get; private set; }

    public IReadOnlyList<Speaker> Speakers => _speakers;

    public IReadOnlyList<Registration> Registrations => _registrations;

    public int Confirmed => _registrations.Count(r => r.Status == RegistrationStatus.Confirmed);

    public int Waiting => _registrations.Count(r => r.Status == RegistrationStatus.Waiting);

    public int? SeatsLeft => Capacity is { } capacity ? Math.Max(0, capacity - Confirmed) : null;

    public EventDetails Details =>
        new(Kind, Region, Language, Title, Description, Agenda, Schedule, Capacity, OnlineLink, _speakers.ToList());

    public static Event Plan(int? campaignId, EventDetails details, DateTimeOffset now)
    {
        Check(details);
        var plannedEvent = new Event { CampaignId = campaignId, CreatedAt = now };
        plannedEvent.Apply(details);
        return plannedEvent;
    }

    /// <summary>
    /// The support unit changes what it wrote. Capacity can grow (the waiting list moves up in order)
    /// but never fall below the seats already given; registrants hear of a new time.
    /// </summary>
    public void Revise(EventDetails details, DateTimeOffset now)
    {
        Check(details);
        if (CancelledAt is not null)
        {
            throw new DomainException("Domain.Event.Cancelled");
        }

        if (details.Capacity is { } capacity && capacity < Confirmed)
        {
            throw new DomainException("Domain.Event.CapacityBelowConfirmed", Confirmed);
        }

        var moved = details.Schedule.StartsAt != Schedule.StartsAt || details.Schedule.EndsAt != Schedule.EndsAt;
        Apply(details);
        UpdatedAt = now;
        if (moved)
        {
            if (Schedule.StartsAt - now > ReminderLead)
            {
                RemindersSentAt = null;
            }

            foreach (var registration in _registrations.Where(r => r.Status != RegistrationStatus.Cancelled))
            {
                Raise(new RegistrationChanged(this, registration, RegistrationChange.Rescheduled));
            }
        }

        PromoteWaiting(now);
    }

    public void MoveToCampaign(int? campaignId, DateTimeOffset now)
    {
        CampaignId = campaignId;
        UpdatedAt = now;
    }

    /// <summary>After the event has started: the recording and a summary for those who missed it.</summary>
    public void RecordOutcome(string? recordingLink, LocalizedText? summary, DateTimeOffset now)
    {
        if ((recordingLink is not null || summary is not null) && now < Schedule.StartsAt)
        {
            throw new DomainException("Domain.Event.NotYetHeld");
        }

        if (recordingLink != RecordingLink || summary != Summary)
        {
            RecordingLink = recordingLink;
            Summary = summary;
            UpdatedAt = now;
        }
    }

    /// <summary>Who came: every confirmed registration is marked present or absent.</summary>
    public void RecordAttendance(IReadOnlySet<long> present, DateTimeOffset now)
    {
        if (now < Schedule.StartsAt)
        {
            throw new DomainException("Domain.Event.NotYetHeld");
        }

        foreach (var registration in _registrations.Where(r => r.Status == RegistrationStatus.Confirmed))
        {
            registration.MarkAttendance(present.Contains(registration.Id));
        }
    }

    public bool IsDueForReminders(DateTimeOffset now) =>
        CancelledAt is null && RemindersSentAt is null && now < Schedule.StartsAt && Schedule.StartsAt - now <= ReminderLead;

    /// <summary>Queues one reminder per confirmed registrant, once.</summary>
    public void SendReminders(DateTimeOffset now)
    {
        if (!IsDueForReminders(now))
        {
            return;
        }

        RemindersSentAt = now;
        foreach (var registration in _registrations.Where(r => r.Status == RegistrationStatus.Confirmed))
        {
            Raise(new RegistrationChanged(this, registration, RegistrationChange.Reminder));
        }
    }

    private static void Check(EventDetails details)
    {
        var schedule = details.Schedule;
        if (schedule.EndsAt <= schedule.StartsAt)
        {
            throw new DomainException("Domain.Event.EndsBeforeStart");
        }

        if (
            schedule.RegistrationClosesAt is { } closes
            && (closes > schedule.EndsAt || (schedule.RegistrationOpensAt is { } opens && closes <= opens))
        )
        {
            throw new DomainException("Domain.Event.RegistrationWindowInvalid");
        }

        if (details.Capacity is < 1)
        {
            throw new DomainException("Domain.Event.CapacityInvalid");
        }
    }

    private void Apply(EventDetails details)
    {
        Kind = details.Kind;
        Region = details.Region;
        Language = details.Language;
        Title = details.Title;
        Description = details.Description;
        Agenda = details.Agenda;
        Schedule = details.Schedule;
        Capacity = details.Capacity;
        OnlineLink = details.OnlineLink;
        _speakers.Clear();
        _speakers.AddRange(details.Speakers);
    }

    private void PromoteWaiting(DateTimeOffset now)
    {
        while (
            CancelledAt is null
            && SeatsLeft is not 0
            && _registrations.Where(r => r.Status == RegistrationStatus.Waiting).MinBy(r => r.Sequence) is { } next
        )
        {
            next.Promote(now);
            Raise(new RegistrationChanged(this, next, RegistrationChange.Promoted));
        }
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
        var registration = new Registration(
            registrant,
            status,
            now,
            _registrations.Count == 0 ? 1 : _registrations.Max(r => r.Sequence) + 1
        );
        _registrations.Add(registration);
        Raise(
            new RegistrationChanged(
                this,
                registration,
                status == RegistrationStatus.Confirmed ? RegistrationChange.Confirmed : RegistrationChange.Waiting
            )
        );
        return registration;
    }

    /// <summary>Cancels one registration; a freed seat goes to the first person waiting, in arrival order.</summary>
    public void Cancel(Registration registration, DateTimeOffset now)
    {
        if (!_registrations.Contains(registration) || registration.Status == RegistrationStatus.Cancelled)
        {
            throw new DomainException("Domain.Event.NotRegistered");
        }

        registration.MarkCancelled(now);
        Raise(new RegistrationChanged(this, registration, RegistrationChange.Cancelled));
        PromoteWaiting(now);
    }

    /// <summary>
    /// A registrant deleted their account: their registrations stay in the counts but no longer name them,
    /// and a seat they held at an event still to come goes to the first person waiting (nobody is told of a
    /// cancellation the person asked for by leaving).
    /// </summary>
    public void Forget(Registrant person, DateTimeOffset now)
    {
        var freed = false;
        foreach (var registration in _registrations.Where(r => r.Registrant.SamePersonAs(person)).ToList())
        {
            if (registration.Status != RegistrationStatus.Cancelled && Schedule.StartsAt > now)
            {
                registration.MarkCancelled(now);
                freed = true;
            }

            registration.Forget();
        }

        if (freed)
        {
            PromoteWaiting(now);
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
        UpdatedAt = now;
        foreach (var registration in _registrations.Where(r => r.Status != RegistrationStatus.Cancelled))
        {
            registration.MarkCancelled(now);
            Raise(new RegistrationChanged(this, registration, RegistrationChange.EventCancelled));
        }
    }
}
