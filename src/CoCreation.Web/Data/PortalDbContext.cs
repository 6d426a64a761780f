using CoCreation.Domain.ActionPlans;
using CoCreation.Domain.Blog;
using CoCreation.Domain.Campaigns;
using CoCreation.Domain.Comments;
using CoCreation.Domain.Events;
using CoCreation.Domain.Members;
using CoCreation.Domain.Newsletter;
using CoCreation.Domain.Submissions;
using CoCreation.Domain.Timelines;
using CoCreation.Web.Infrastructure.Email;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace CoCreation.Web.Data;

/// <summary>The single store: domain, identity, audit trail, outbox and Data Protection keys.</summary>
public sealed class PortalDbContext(DbContextOptions<PortalDbContext> options)
    : IdentityDbContext<PortalUser, IdentityRole<Guid>, Guid>(options),
        IDataProtectionKeyContext
{
    public DbSet<Member> Members => Set<Member>();

    public DbSet<OfficialAssignment> OfficialAssignments => Set<OfficialAssignment>();

    public DbSet<ContactInvitation> ContactInvitations => Set<ContactInvitation>();

    public DbSet<Campaign> Campaigns => Set<Campaign>();

    public DbSet<Submission> Submissions => Set<Submission>();

    public DbSet<Endorsement> Endorsements => Set<Endorsement>();

    public DbSet<ResponseReminder> ResponseReminders => Set<ResponseReminder>();

    /// <summary>Per member: median days from forwarding to answer and the longest wait (a query, not a table).</summary>
    public DbSet<Comment> Comments => Set<Comment>();

    public DbSet<ReaderReport> ReaderReports => Set<ReaderReport>();

    public DbSet<NationalActionPlan> NationalActionPlans => Set<NationalActionPlan>();

    public DbSet<Commitment> Commitments => Set<Commitment>();

    public DbSet<Milestone> Milestones => Set<Milestone>();

    public DbSet<ProgressUpdate> ProgressUpdates => Set<ProgressUpdate>();

    public DbSet<Event> Events => Set<Event>();

    public DbSet<Domain.Forums.MultiStakeholderForum> Forums => Set<Domain.Forums.MultiStakeholderForum>();

    public DbSet<Domain.Forums.ForumMember> ForumMembers => Set<Domain.Forums.ForumMember>();

    public DbSet<Domain.Forums.ForumDecision> ForumDecisions => Set<Domain.Forums.ForumDecision>();

    public DbSet<CoCreationTimeline> Timelines => Set<CoCreationTimeline>();

    public DbSet<BlogPost> BlogPosts => Set<BlogPost>();

    public DbSet<Domain.Blog.CoverImageFile> CoverImageFiles => Set<Domain.Blog.CoverImageFile>();

    public DbSet<CallForPosts> CallsForPosts => Set<CallForPosts>();

    public DbSet<Subscriber> Subscribers => Set<Subscriber>();

    public DbSet<Edition> Editions => Set<Edition>();

    public DbSet<EditionDelivery> EditionDeliveries => Set<EditionDelivery>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<Domain.Notifications.Follow> Follows => Set<Domain.Notifications.Follow>();

    public DbSet<Domain.Notifications.Happening> Happenings => Set<Domain.Notifications.Happening>();

    public DbSet<Domain.Notifications.Notification> Notifications => Set<Domain.Notifications.Notification>();

    public DbSet<Domain.Notifications.NotificationSettings> NotificationSettings => Set<Domain.Notifications.NotificationSettings>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<SecuritySettings> SecuritySettings => Set<SecuritySettings>();

    public DbSet<Infrastructure.Translation.MachineTranslation> MachineTranslations => Set<Infrastructure.Translation.MachineTranslation>();

    /// <summary>
    /// The words of a search parsed by every text-search configuration a text may be stored with (the SQL function
    /// <c>content_search_query</c>, made by the migration ContentInAnyLanguage), so a query finds texts in any language,
    /// stemmed where PostgreSQL knows the language. Only for LINQ queries; it runs in the database.
    /// </summary>
    [DbFunction("content_search_query")]
    public static NpgsqlTypes.NpgsqlTsQuery ContentSearchQuery(string words) =>
        throw new NotSupportedException("Runs in PostgreSQL only, inside a query.");

    /// <summary>
    /// How many published comments a target has (the SQL function <c>published_comment_count</c>, made by the migration
    /// Comments): a list shows its counts in the same command as its rows, with no query per row. Only for LINQ queries.
    /// </summary>
    [DbFunction("published_comment_count")]
    public static int PublishedCommentCount(string targetKind, long targetId) =>
        throw new NotSupportedException("Runs in PostgreSQL only, inside a query.");

    /// <summary>
    /// The response clock of one member (the SQL function <c>response_times</c>, made by the migration
    /// SpeedMemberPageClock; <see cref="Data.ResponseTimes"/> says what it counts). PostgreSQL inlines it into the query
    /// that calls it with the member's id, so it reads that member's answers alone, never every member's. Only for LINQ.
    /// </summary>
    public IQueryable<ResponseTimes> ResponseTimesOf(int memberId) => FromExpression(() => ResponseTimesOf(memberId));

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasDbFunction(typeof(PortalDbContext).GetMethod(nameof(ResponseTimesOf), [typeof(int)])!).HasName("response_times");

        // Identity names its tables itself ("AspNetUsers"); keep the whole schema in one snake_case style.
        builder.Entity<PortalUser>().ToTable("users");
        builder.Entity<IdentityRole<Guid>>().ToTable("roles");
        builder.Entity<IdentityUserRole<Guid>>().ToTable("user_roles");
        builder.Entity<IdentityUserClaim<Guid>>().ToTable("user_claims");
        builder.Entity<IdentityUserLogin<Guid>>().ToTable("user_logins");
        builder.Entity<IdentityUserToken<Guid>>().ToTable("user_tokens");
        builder.Entity<IdentityRoleClaim<Guid>>().ToTable("role_claims");
        builder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Rule 5 of ARCHITECTURE.md: status enums are stored as their names.
        configurationBuilder.Properties<Region>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<MemberKind>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<CycleStatus>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<SubmissionKind>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<SubmissionStatus>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<SubmissionStepKind>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<AnswerOutcome>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<PlanStatus>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<CompletionLevel>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<ProgressLevel>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<CommitmentChange>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<ActivityKind>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<TimelineChange>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<CommentTargetKind>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<CommentStatus>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<CommentRole>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<ReportReason>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<Domain.Forums.ForumSector>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<Domain.Notifications.FollowedKind>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<Domain.Notifications.HappeningKind>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<Domain.Notifications.EmailChoice>().HaveConversion<string>().HaveMaxLength(32);
    }
}
