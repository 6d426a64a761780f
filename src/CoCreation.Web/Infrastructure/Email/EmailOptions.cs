namespace CoCreation.Web.Infrastructure.Email;

/// <summary>The "Email" section: where messages go. Without an SMTP host they are written as .eml files.</summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    public string FromAddress { get; set; } = "no-reply@cocreation.example.org";

    public string FromName { get; set; } = "OGP Co-creation";

    public string PickupDirectory { get; set; } = "App_Data/mail";

    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>How often the sender looks for work when nothing woke it.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    public int MaxAttempts { get; set; } = 8;

    /// <summary>
    /// How long the body of a sent message is kept (for support questions) before it is blanked; messages
    /// with a one-time link lose theirs as they are sent.
    /// </summary>
    public TimeSpan SentBodyRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How often each instance blanks the bodies that are past <see cref="SentBodyRetention"/> or whose link expired.</summary>
    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromMinutes(5);

    public sealed class SmtpOptions
    {
        public string? Host { get; set; }

        public int Port { get; set; } = 587;

        /// <summary>None, StartTls, SslOnConnect or Auto.</summary>
        public string Security { get; set; } = "Auto";

        public string? UserName { get; set; }

        public string? Password { get; set; }
    }
}
