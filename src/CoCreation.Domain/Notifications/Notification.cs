namespace CoCreation.Domain.Notifications;

/// <summary>
/// One person told of one happening: shown in their list until read, and emailed (at once or in a digest) unless they chose
/// no email. Written in bulk by the fan-out, one row per follower, so thousands of followers cost one statement.
/// </summary>
public sealed class Notification
{
    private Notification() { }

    public long Id { get; private set; }

    public Guid PersonId { get; private set; }

    public long HappeningId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ReadAt { get; private set; }

    /// <summary>When it left in an email; null while waiting for one (or never, for a person who wants none).</summary>
    public DateTimeOffset? EmailedAt { get; private set; }

    public void MarkRead(DateTimeOffset at) => ReadAt ??= at;
}

/// <summary>How a person wants to hear of what they follow by email.</summary>
public enum EmailChoice
{
    AtOnce,
    Daily,
    Weekly,
    None,
}

/// <summary>
/// A person's email choice, their unsubscribe code (a link in every email that works without signing in), and when their next
/// email is due: set when a notification waits and none was due, cleared when the email leaves — so a digest person gets at most
/// one email per period, and nobody gets an empty one.
/// </summary>
public sealed class NotificationSettings
{
    private NotificationSettings() { }

    public NotificationSettings(Guid personId, EmailChoice email, string unsubscribeCode)
    {
        PersonId = personId;
        Email = email;
        UnsubscribeCode = unsubscribeCode;
    }

    public Guid PersonId { get; private set; }

    public EmailChoice Email { get; private set; }

    public string UnsubscribeCode { get; private set; } = "";

    public DateTimeOffset? EmailDueAt { get; private set; }

    public DateTimeOffset? LastEmailedAt { get; private set; }

    /// <summary>How long a digest gathers before it leaves; zero for at once; null for no email.</summary>
    public static TimeSpan? Period(EmailChoice choice) =>
        choice switch
        {
            EmailChoice.AtOnce => TimeSpan.Zero,
            EmailChoice.Daily => TimeSpan.FromDays(1),
            EmailChoice.Weekly => TimeSpan.FromDays(7),
            _ => null,
        };

    /// <summary>A new choice starts from now: what waited under the old one is due at the new pace, or not at all.</summary>
    public void Choose(EmailChoice choice, DateTimeOffset now)
    {
        if (choice == Email)
        {
            return;
        }

        Email = choice;
        EmailDueAt = EmailDueAt is null || Period(choice) is not { } period ? null : now + period;
    }

    public void Emailed(DateTimeOffset now)
    {
        LastEmailedAt = now;
        EmailDueAt = null;
    }
}
