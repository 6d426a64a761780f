namespace CoCreation.Domain.Submissions;

/// <summary>
/// An official was reminded of a forwarded submission still waiting for their answer, at one step of the
/// schedule (the days since forwarding, e.g. 7, 14 or 28). One row per official, submission and step: the
/// record that keeps a reminder from going twice, and what the support unit reads on its dashboard.
/// </summary>
public sealed class ResponseReminder
{
    /// <summary>The schedule when none is set: a week, two weeks and four weeks after forwarding.</summary>
    public static readonly IReadOnlyList<int> DefaultSteps = [7, 14, 28];

    private ResponseReminder() { }

    /// <param name="escalated">The last step: the support unit was told too.</param>
    public ResponseReminder(Guid officialId, long submissionId, int step, bool escalated, DateTimeOffset sentAt)
    {
        if (step <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(step), step, "A reminder step is a number of days after forwarding.");
        }

        OfficialId = officialId;
        SubmissionId = submissionId;
        Step = step;
        Escalated = escalated;
        SentAt = sentAt;
    }

    public long Id { get; private set; }

    public Guid OfficialId { get; private set; }

    public long SubmissionId { get; private set; }

    /// <summary>Days after forwarding this step of the schedule stands for.</summary>
    public int Step { get; private set; }

    public bool Escalated { get; private set; }

    public DateTimeOffset SentAt { get; private set; }

    /// <summary>
    /// The step a submission forwarded at <paramref name="forwardedAt"/> has reached at <paramref name="now"/> (the
    /// largest of <paramref name="steps"/> whose days have passed), or null before the first. A submission found late
    /// (the portal was stopped, or reminders just switched on) jumps to the step it is at, never through the ones it missed.
    /// </summary>
    public static int? StepReached(IReadOnlyList<int> steps, DateTimeOffset forwardedAt, DateTimeOffset now)
    {
        int? reached = null;
        foreach (var step in steps)
        {
            if (forwardedAt.AddDays(step) <= now && (reached is null || step > reached))
            {
                reached = step;
            }
        }

        return reached;
    }
}
