namespace CoCreation.Domain.Submissions;

/// <summary>One participant supports one published submission; one per account.</summary>
public sealed class Endorsement
{
    private Endorsement() { }

    public Endorsement(long submissionId, Guid userId, DateTimeOffset at)
    {
        SubmissionId = submissionId;
        UserId = userId;
        At = at;
    }

    public long SubmissionId { get; private set; }

    public Guid UserId { get; private set; }

    public DateTimeOffset At { get; private set; }
}
