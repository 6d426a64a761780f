using CoCreation.Domain.Common;

namespace CoCreation.Domain.Notifications;

/// <summary>What happened, as followers are told of it.</summary>
public enum HappeningKind
{
    SubmissionPublished,
    SubmissionForwarded,
    SubmissionAwaitingContact,
    SubmissionAnswered,
    CommentPosted,
    TimelinePublished,
    TimelineChanged,
    PlanPublished,
    ProgressUpdated,
    EventCreated,
    BlogPostPublished,
}

/// <summary>
/// One thing that happened to something people may follow, written in the same transaction as the change itself and never
/// changed afterwards (but for the stamp that says its followers were told). It names its subject and, where it has them, the
/// member and campaign it belongs to: whoever follows any of the three hears of it — except the person who did it.
/// </summary>
public sealed class Happening
{
    public const int TitleMax = 300;

    private Happening() { }

    public Happening(
        HappeningKind kind,
        FollowedKind subjectKind,
        long subjectId,
        LocalizedText subjectTitle,
        int? memberId,
        int? campaignId,
        Guid? actorId,
        LocalizedText? detail,
        string link,
        DateTimeOffset at
    )
    {
        Kind = kind;
        SubjectKind = subjectKind;
        SubjectId = subjectId;
        SubjectTitle = Shorten(subjectTitle);
        MemberId = memberId;
        CampaignId = campaignId;
        ActorId = actorId;
        Detail = detail is null ? null : Shorten(detail);
        Link = link;
        CreatedAt = at;
    }

    public long Id { get; private set; }

    public HappeningKind Kind { get; private set; }

    public FollowedKind SubjectKind { get; private set; }

    public long SubjectId { get; private set; }

    /// <summary>The name of what it happened to (a submission's title, a member's name), as it was then.</summary>
    public LocalizedText SubjectTitle { get; private set; } = null!;

    public int? MemberId { get; private set; }

    public int? CampaignId { get; private set; }

    /// <summary>Who did it: never told of their own act.</summary>
    public Guid? ActorId { get; private set; }

    /// <summary>What exactly (the activity that changed, the event's title), when the kind alone does not say.</summary>
    public LocalizedText? Detail { get; private set; }

    /// <summary>The portal address (a path) where it can be seen.</summary>
    public string Link { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When its followers' notifications were written.</summary>
    public DateTimeOffset? FannedOutAt { get; private set; }

    private static LocalizedText Shorten(LocalizedText text) =>
        new(Cut(text.En), text.Fr is null ? null : Cut(text.Fr), text.Es is null ? null : Cut(text.Es));

    private static string Cut(string text) => text.Length > TitleMax ? text[..TitleMax] : text;
}
