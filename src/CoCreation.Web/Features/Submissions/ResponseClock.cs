using CoCreation.Domain.Submissions;

namespace CoCreation.Web.Features.Submissions;

/// <summary>
/// The response clock in words, shown publicly on a forwarded submission: how long it has waited for its answer
/// ("Waiting for an answer for 12 days"), or once answered how long the answer took ("Answered in 5 days"). Whole days
/// that have passed: a submission forwarded 6 days and 23 hours ago has waited 6 days, as the reminders count them.
/// </summary>
public static class ResponseClock
{
    public static long WholeDays(DateTimeOffset from, DateTimeOffset to) => (long)Math.Floor(Math.Max(0, (to - from).TotalDays));

    /// <summary>The clock of a submission, or null when none runs (not forwarded, or a help request the support unit answers).</summary>
    public static string? Describe(
        IStringLocalizer text,
        SubmissionStatus status,
        DateTimeOffset? forwardedAt,
        DateTimeOffset? answeredAt,
        DateTimeOffset now
    )
    {
        if (forwardedAt is not { } forwarded)
        {
            return null;
        }

        if (status == SubmissionStatus.Answered && answeredAt is { } answered)
        {
            var took = WholeDays(forwarded, answered);
            return took == 0 ? text["Clock.AnsweredWithinADay"] : text.Plural("Clock.Answered", took);
        }

        if (status == SubmissionStatus.Forwarded)
        {
            var waited = WholeDays(forwarded, now);
            return waited == 0 ? text["Clock.WaitingUnderADay"] : text.Plural("Clock.Waiting", waited);
        }

        return null;
    }
}
