namespace CoCreation.Web.Infrastructure.Email;

/// <summary>
/// An email waiting to leave. It is written in the same transaction as the change that caused it,
/// so a crash can neither lose it nor send it for a change that was rolled back.
/// </summary>
public sealed class OutboxMessage
{
    public const int SubjectMax = 300;

    private OutboxMessage() { }

    public OutboxMessage(
        string to,
        string subject,
        string textBody,
        string htmlBody,
        DateTimeOffset createdAt,
        string? listUnsubscribe = null,
        EmailAttachment? attachment = null,
        DateTimeOffset? linkExpiresAt = null
    )
    {
        LinkExpiresAt = linkExpiresAt;
        Attachment = attachment;
        To = to;
        Subject = OneLine(subject);
        TextBody = textBody;
        HtmlBody = htmlBody;
        CreatedAt = createdAt;
        ListUnsubscribe = listUnsubscribe;
    }

    public long Id { get; private set; }

    public string To { get; private set; } = "";

    public string Subject { get; private set; } = "";

    public string TextBody { get; private set; } = "";

    public string HtmlBody { get; private set; } = "";

    public string? ListUnsubscribe { get; private set; }

    /// <summary>One small text attachment, such as an event's calendar entry.</summary>
    public EmailAttachment? Attachment { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>
    /// When the one-time link in the body (a password reset, an email confirmation) stops working: after
    /// it the body is a secret worth nothing to its reader, so it is neither sent nor kept.
    /// </summary>
    public DateTimeOffset? LinkExpiresAt { get; private set; }

    /// <summary>
    /// When <see cref="OutboxRetention"/> blanked the bodies, attachment and unsubscribe address; the
    /// recipient, subject and times stay as the record of what was sent.
    /// </summary>
    public DateTimeOffset? BodyPurgedAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public int Attempts { get; private set; }

    public DateTimeOffset? NextAttemptAt { get; private set; }

    public string? LastError { get; private set; }

    /// <summary>
    /// A subject is one header line; titles that people typed may hold line breaks and other controls (a
    /// multi-line title, an import), which would end up in it. Each run of them becomes one space.
    /// </summary>
    public static string OneLine(string subject)
    {
        var line = new System.Text.StringBuilder(subject.Length);
        foreach (var c in subject)
        {
            var breaks = char.IsControl(c) || c is '\u2028' or '\u2029';
            if (!breaks)
            {
                line.Append(c);
            }
            else if (line.Length > 0 && line[^1] != ' ')
            {
                line.Append(' ');
            }
        }

        var folded = line.ToString().Trim();
        return folded.Length > SubjectMax ? folded[..SubjectMax] : folded;
    }

    public void MarkSent(DateTimeOffset now)
    {
        SentAt = now;
        LastError = null;
        if (LinkExpiresAt is not null)
        {
            // Once it is out, nobody needs the live link again: a copy of the database must not hold it.
            TextBody = "";
            HtmlBody = "";
            Attachment = null;
            ListUnsubscribe = null;
            BodyPurgedAt = now;
        }
    }

    public void MarkFailed(string error, DateTimeOffset now)
    {
        Attempts++;
        LastError = error.Length > 500 ? error[..500] : error;

        // 1, 2, 4 … minutes, at most an hour apart.
        NextAttemptAt = now.AddMinutes(Math.Min(60, Math.Pow(2, Attempts - 1)));
    }
}

/// <summary>A small text file sent with an email (an .ics calendar entry, for instance).</summary>
public sealed record EmailAttachment(string FileName, string ContentType, string Content);
