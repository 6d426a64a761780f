namespace CoCreation.Web.Infrastructure;

/// <summary>The "Portal" section of the configuration: settings an operator may change.</summary>
public sealed class PortalOptions
{
    public const string Section = "Portal";

    /// <summary>Absolute base address used in emailed links, feeds and share cards, e.g. https://cocreation.example.org.</summary>
    public string PublicBaseUrl { get; set; } = "http://127.0.0.1:5080";

    /// <summary>
    /// Load the Global Co-creation Week and the demo accounts (published password) when the database is
    /// empty: opt-in, and in Development only (./run.sh turns it on).
    /// </summary>
    public bool SeedDemoData { get; set; }

    /// <summary>
    /// Close the demo accounts at start (no password, no role, locked), so that a database that held the demo may serve outside
    /// Development.
    /// </summary>
    public bool CloseDemoAccounts { get; set; }

    /// <summary>Apply pending migrations when the portal starts.</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>__Host- prefixed, Secure cookies. Only plain-HTTP loopback serving may turn this off.</summary>
    public bool SecureCookies { get; set; } = true;

    public AdministratorOptions Administrator { get; set; } = new();

    public SessionOptions Session { get; set; } = new();

    public RateLimitOptions RateLimits { get; set; } = new();

    public TelemetryOptions Telemetry { get; set; } = new();

    public TimelineOptions Timelines { get; set; } = new();

    public ScorecardOptions Scorecard { get; set; } = new();

    public CommentOptions Comments { get; set; } = new();

    public DataProtectionOptions DataProtection { get; set; } = new();

    /// <summary>Translation on demand of texts written in another language than the reader's (off unless a service is set).</summary>
    public Translation.TranslationOptions Translation { get; set; } = new();

    public OverloadOptions Overload { get; set; } = new();

    public sealed class AdministratorOptions
    {
        public string? Email { get; set; }

        public string? Password { get; set; }
    }

    public sealed class SessionOptions
    {
        public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

        public TimeSpan AbsoluteTimeout { get; set; } = TimeSpan.FromHours(12);

        /// <summary>How often a session re-checks the account (a password change signs out other sessions within it).</summary>
        public TimeSpan RevalidationInterval { get; set; } = TimeSpan.FromSeconds(30);
    }

    /// <summary>What an operator of several instances watches (Infrastructure/Telemetry).</summary>
    public sealed class TelemetryOptions
    {
        /// <summary>
        /// Serve the Prometheus scrape at /metrics on this port only (add it to ASPNETCORE_URLS and keep it off
        /// the proxy: only the operator's network should reach it). Empty: no scrape endpoint.
        /// </summary>
        public int? MetricsPort { get; set; }

        /// <summary>Send metrics and traces over OTLP to this collector. Empty: OTEL_EXPORTER_OTLP_ENDPOINT, else none.</summary>
        public string? OtlpEndpoint { get; set; }

        /// <summary>How often the queue and outbox gauges are read from the database (one query for all).</summary>
        public TimeSpan SampleInterval { get; set; } = TimeSpan.FromSeconds(15);
    }

    public sealed class RateLimitOptions
    {
        /// <summary>
        /// Sign-in, registration and password-reset attempts per client address, form and window, counted across instances.
        /// </summary>
        public int AccountPermitLimit { get; set; } = 10;

        public TimeSpan AccountWindow { get; set; } = TimeSpan.FromMinutes(5);

        /// <summary>
        /// Submissions, endorsements, comments and reports per account and window, counted across instances. Signed-out
        /// forms (event seats, the newsletter) count only against <see cref="ContributionPerAddressPermitLimit"/>.
        /// </summary>
        public int ContributionPermitLimit { get; set; } = 30;

        public TimeSpan ContributionWindow { get; set; } = TimeSpan.FromHours(1);

        /// <summary>
        /// Submissions, endorsements, comments and reports per client address and contribution window, whichever accounts
        /// send them, counted across instances: room for a workshop sharing one connection, not for a spam run.
        /// </summary>
        public int ContributionPerAddressPermitLimit { get; set; } = 150;

        /// <summary>Form posts of any kind per client address and minute.</summary>
        public int PostsPerAddressPerMinute { get; set; } = 120;

        /// <summary>Public API calls per client address and window.</summary>
        public int OpenDataPermitLimit { get; set; } = 600;

        public TimeSpan OpenDataWindow { get; set; } = TimeSpan.FromMinutes(1);

        /// <summary>
        /// Whole-collection downloads (open-data CSV and JSON files, the submissions export) per client address and window.
        /// </summary>
        public int DownloadPermitLimit { get; set; } = 30;

        public TimeSpan DownloadWindow { get; set; } = TimeSpan.FromMinutes(10);

        /// <summary>
        /// Calls to the machine translation service (each costs the operator) per client address and window, counted
        /// across instances; a translation already stored costs nothing and is not counted.
        /// </summary>
        public int TranslationPermitLimit { get; set; } = 30;

        public TimeSpan TranslationWindow { get; set; } = TimeSpan.FromMinutes(10);
    }

    /// <summary>Encrypts the Data Protection keys stored in the database (see Identity/DataProtectionSetup).</summary>
    public sealed class DataProtectionOptions
    {
        /// <summary>
        /// A PFX file with an RSA private key; relative paths start at the content root. Empty: keys are stored unencrypted.
        /// </summary>
        public string? CertificatePath { get; set; }

        public string? CertificatePassword { get; set; }

        /// <summary>Certificates replaced by <see cref="CertificatePath"/>, kept so the keys written under them stay readable.</summary>
        public List<CertificateFile> PreviousCertificates { get; set; } = [];

        public sealed class CertificateFile
        {
            public string? Path { get; set; }

            public string? Password { get; set; }
        }
    }

    /// <summary>How many requests an instance serves at once and how many may wait (Infrastructure/Web/LoadShedding).</summary>
    public sealed class OverloadOptions
    {
        /// <summary>Requests served at once. Empty: 16 per processor core.</summary>
        public int? ConcurrencyLimit { get; set; }

        /// <summary>Requests waiting for one of those places; one more gets a 503. Empty: twice the concurrency limit.</summary>
        public int? QueueLimit { get; set; }

        /// <summary>Longest wait in that line; whoever would wait longer gets the 503 too.</summary>
        public TimeSpan QueueTimeout { get; set; } = TimeSpan.FromSeconds(1);

        /// <summary>The Retry-After of that 503.</summary>
        public TimeSpan RetryAfter { get; set; } = TimeSpan.FromSeconds(2);
    }

    /// <summary>Moderation of comments after publication (issue 20).</summary>
    public sealed class CommentOptions
    {
        /// <summary>At this many reports since the support unit last looked, a comment or a submission is hidden until it does.</summary>
        public int ReportsToHide { get; set; } = Domain.Comments.Comment.DefaultReportsToHide;

        /// <summary>How long after posting its author may still correct a comment.</summary>
        public TimeSpan EditWindow { get; set; } = Domain.Comments.Comment.DefaultEditWindow;
    }

    public sealed class TimelineOptions
    {
        /// <summary>OGP standard: a timeline is published at least this many days before its first activity.</summary>
        public int MinimumDaysBeforeFirstActivity { get; set; } = 14;
    }

    /// <summary>
    /// The numbers of the Participation and Co-Creation Standards' checks (defaults from the 2021 standards); the
    /// two-weeks rule is <see cref="TimelineOptions.MinimumDaysBeforeFirstActivity"/>.
    /// </summary>
    public sealed class ScorecardOptions
    {
        /// <summary>The multi-stakeholder forum meets at least every this many months.</summary>
        public int ForumMonthsBetweenMeetings { get; set; } = 6;

        /// <summary>The member's page is updated on at least this many days in each year of the cycle.</summary>
        public int RepositoryUpdatesPerYear { get; set; } = 2;

        /// <summary>At least this share (whole percent) of the published submissions is answered with a reason.</summary>
        public int AnsweredPercent { get; set; } = 100;

        /// <summary>At least this many meetings with civil society between the plan's publication and the end of the cycle.</summary>
        public int ImplementationMeetings { get; set; } = 2;
    }
}
