namespace CoCreation.Domain.Comments;

public enum CommentStatus
{
    /// <summary>Everyone reads it.</summary>
    Published,

    /// <summary>Only its author and the support unit see it: its author is flagged, or readers' reports hid it.</summary>
    AwaitingReview,

    /// <summary>The support unit took it down; its author reads why, others a placeholder.</summary>
    Removed,

    /// <summary>Its author took it back: a placeholder keeps the replies' context readable.</summary>
    Deleted,
}

/// <summary>
/// The mark beside an author's name, from the roles the account held when it wrote (never from a field of the form):
/// "Official of Argentina" only for an official assigned to the target's member.
/// </summary>
public enum CommentRole
{
    Participant,
    Official,
    SupportUnit,
}

/// <summary>Why a reader reports a comment.</summary>
public enum ReportReason
{
    Spam,
    Offensive,
    PersonalData,
    OffTopic,
    Other,
}
