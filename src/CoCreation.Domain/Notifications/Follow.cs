namespace CoCreation.Domain.Notifications;

/// <summary>What a person can follow; a member stands for its timeline, plan, submissions and events together.</summary>
public enum FollowedKind
{
    Submission,
    Commitment,
    Member,
    Campaign,
}

/// <summary>
/// A person follows one thing: they hear of what happens to it. Chosen with a button, or made for them (an author
/// follows their submission, an endorser what they endorse, an official the members they act for); either way they can stop.
/// </summary>
public sealed class Follow
{
    private Follow() { }

    public Follow(Guid personId, FollowedKind kind, long subjectId, bool automatic, DateTimeOffset at)
    {
        PersonId = personId;
        Kind = kind;
        SubjectId = subjectId;
        Automatic = automatic;
        CreatedAt = at;
    }

    public long Id { get; private set; }

    public Guid PersonId { get; private set; }

    public FollowedKind Kind { get; private set; }

    /// <summary>The followed thing's id: a submission's long, a commitment's, member's or campaign's int.</summary>
    public long SubjectId { get; private set; }

    /// <summary>Made by the portal rather than by the person's own click.</summary>
    public bool Automatic { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
}
