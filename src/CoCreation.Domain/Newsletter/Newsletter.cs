using System.Security.Cryptography;
using CoCreation.Domain.Common;

namespace CoCreation.Domain.Newsletter;

/// <summary>
/// A confirmed newsletter reader: an email and a language, no account. Created only when the emailed
/// link is confirmed; unsubscribing (one click) keeps the row so the address is not written to again.
/// </summary>
public sealed class Subscriber
{
    private Subscriber() { }

    public long Id { get; private set; }

    public string Email { get; private set; } = "";

    public string Language { get; private set; } = "en";

    /// <summary>Unguessable code of the personal unsubscribe link.</summary>
    public string UnsubscribeCode { get; private set; } = "";

    public DateTimeOffset ConfirmedAt { get; private set; }

    public DateTimeOffset? UnsubscribedAt { get; private set; }

    public bool IsActive => UnsubscribedAt is null;

    public static Subscriber Confirm(string email, string language, DateTimeOffset now) =>
        new()
        {
            Email = email.Trim().ToLowerInvariant(),
            Language = language,
            UnsubscribeCode = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)),
            ConfirmedAt = now,
        };

    /// <summary>Subscribing again after leaving: active again, in the language chosen now.</summary>
    public void Resubscribe(string language, DateTimeOffset now)
    {
        Language = language;
        ConfirmedAt = now;
        UnsubscribedAt = null;
    }

    public void Unsubscribe(DateTimeOffset now) => UnsubscribedAt ??= now;
}

public enum EditionStatus
{
    Draft,
    Sending,
    Sent,
}

/// <summary>
/// One issue of the newsletter: a subject and an introduction per language, then the published blog
/// posts, answered submissions and upcoming events the support unit picked. Once sending starts it
/// no longer changes, so every reader gets the same edition as its public web version.
/// </summary>
public sealed class Edition
{
    // The longest text each field takes, in each language: the form's rules and the columns read these.
    public const int SubjectMax = 200;
    public const int IntroMax = 4000;

    private Edition() { }

    public int Id { get; private set; }

    public LocalizedText Subject { get; private set; } = null!;

    public LocalizedText Intro { get; private set; } = null!;

    public List<long> BlogPostIds { get; private set; } = [];

    public List<long> SubmissionIds { get; private set; } = [];

    public List<int> EventIds { get; private set; } = [];

    public EditionStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? SendingStartedAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public static Edition Compose(
        LocalizedText subject,
        LocalizedText intro,
        IEnumerable<long> posts,
        IEnumerable<long> submissions,
        IEnumerable<int> events,
        DateTimeOffset now
    )
    {
        var edition = new Edition { Status = EditionStatus.Draft, CreatedAt = now };
        edition.Update(subject, intro, posts, submissions, events);
        return edition;
    }

    public void Update(
        LocalizedText subject,
        LocalizedText intro,
        IEnumerable<long> posts,
        IEnumerable<long> submissions,
        IEnumerable<int> events
    )
    {
        if (Status != EditionStatus.Draft)
        {
            throw new DomainException("Domain.Edition.AlreadySent");
        }

        Subject = subject;
        Intro = intro;
        BlogPostIds = posts.Distinct().ToList();
        SubmissionIds = submissions.Distinct().ToList();
        EventIds = events.Distinct().ToList();
    }

    /// <summary>Frozen from now on; the caller creates one delivery per confirmed reader.</summary>
    public void StartSending(DateTimeOffset now)
    {
        if (Status != EditionStatus.Draft)
        {
            throw new DomainException("Domain.Edition.AlreadySent");
        }

        if (BlogPostIds.Count + SubmissionIds.Count + EventIds.Count == 0)
        {
            throw new DomainException("Domain.Edition.Empty");
        }

        Status = EditionStatus.Sending;
        SendingStartedAt = now;
    }

    public void MarkAllQueued(DateTimeOffset now)
    {
        if (Status == EditionStatus.Sending)
        {
            Status = EditionStatus.Sent;
            SentAt = now;
        }
    }
}

/// <summary>
/// The edition for one reader. Unique per (edition, subscriber); marked queued in the same
/// transaction as its outbox message, so a restart neither sends it twice nor skips it.
/// </summary>
public sealed class EditionDelivery
{
    private EditionDelivery() { }

    public EditionDelivery(int editionId, long subscriberId)
    {
        EditionId = editionId;
        SubscriberId = subscriberId;
    }

    public long Id { get; private set; }

    public int EditionId { get; private set; }

    public long SubscriberId { get; private set; }

    public DateTimeOffset? QueuedAt { get; private set; }

    public long? OutboxMessageId { get; private set; }

    public void MarkQueued(long? outboxMessageId, DateTimeOffset now)
    {
        QueuedAt = now;
        OutboxMessageId = outboxMessageId;
    }
}
