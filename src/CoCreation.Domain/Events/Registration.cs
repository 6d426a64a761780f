using Mediator;

namespace CoCreation.Domain.Events;

/// <summary>
/// Who registers: a participant's account, or a visitor's name and email (confirmed by email), with the
/// language every email about the seat is written in (the account's, or the page's where a visitor asked).
/// </summary>
public sealed record Registrant(Guid? UserId, string Name, string Email, string Language = "en")
{
    public const int NameMax = 200;

    public bool SamePersonAs(Registrant other) =>
        (UserId is not null && UserId == other.UserId) || string.Equals(Email, other.Email, StringComparison.OrdinalIgnoreCase);
}

/// <summary>A seat or a place on the waiting list, with a personal cancellation token.</summary>
public sealed class Registration
{
    private Registration() { }

    internal Registration(Registrant registrant, RegistrationStatus status, DateTimeOffset at, int sequence)
    {
        Registrant = registrant;
        Status = status;
        RegisteredAt = at;
        Sequence = sequence;
        CancellationCode = Guid.NewGuid();
    }

    public long Id { get; private set; }

    public int EventId { get; private set; }

    public Registrant Registrant { get; private set; } = null!;

    public RegistrationStatus Status { get; private set; }

    /// <summary>Arrival order: the waiting list is promoted by it.</summary>
    public int Sequence { get; private set; }

    public DateTimeOffset RegisteredAt { get; private set; }

    public DateTimeOffset? PromotedAt { get; private set; }

    public DateTimeOffset? CancelledAt { get; private set; }

    /// <summary>The secret of the personal cancellation link.</summary>
    public Guid CancellationCode { get; private set; }

    /// <summary>Marked by the support unit after the event; null until then.</summary>
    public bool? Attended { get; private set; }

    internal void MarkAttendance(bool present) => Attended = present;

    /// <summary>The registrant left the portal: no name, no address, no account any more.</summary>
    internal void Forget() => Registrant = new Registrant(null, "", "");

    internal void MarkCancelled(DateTimeOffset now)
    {
        Status = RegistrationStatus.Cancelled;
        CancelledAt = now;
    }

    internal void Promote(DateTimeOffset now)
    {
        Status = RegistrationStatus.Confirmed;
        PromotedAt = now;
    }
}

public enum RegistrationChange
{
    Confirmed,
    Waiting,
    Promoted,
    Cancelled,
    EventCancelled,
    Rescheduled,
    Reminder,
}

/// <summary>Raised for every change a registrant should hear about.</summary>
public sealed record RegistrationChanged(Event Event, Registration Registration, RegistrationChange Change) : INotification;
