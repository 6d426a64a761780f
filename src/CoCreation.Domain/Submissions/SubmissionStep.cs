namespace CoCreation.Domain.Submissions;

/// <summary>One line of "what happened to my proposal": who did what, when, and why.</summary>
public sealed class SubmissionStep
{
    private SubmissionStep() { }

    internal SubmissionStep(SubmissionStepKind kind, Guid? actorId, DateTimeOffset at, string? note)
    {
        Kind = kind;
        ActorId = actorId;
        At = at;
        Note = note;
    }

    public long Id { get; private set; }

    public long SubmissionId { get; private set; }

    public SubmissionStepKind Kind { get; private set; }

    public Guid? ActorId { get; private set; }

    public DateTimeOffset At { get; private set; }

    /// <summary>The reason of a rejection or the text of an answer; shown to the author.</summary>
    public string? Note { get; private set; }

    /// <summary>Steps the public sees on a published submission; the author sees all.</summary>
    public bool IsPublic =>
        Kind
            is SubmissionStepKind.Published
                or SubmissionStepKind.AwaitingContact
                or SubmissionStepKind.Forwarded
                or SubmissionStepKind.Answered;
}
