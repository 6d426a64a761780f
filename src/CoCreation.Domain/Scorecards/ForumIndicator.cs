namespace CoCreation.Domain.Scorecards;

/// <param name="Meetings">Forum meetings held in the cycle so far.</param>
/// <param name="LongestGapDays">
/// The longest stretch without a meeting, from the first activity of the cycle to today or the end of the cycle.
/// </param>
public sealed record ForumIndicator(
    CheckResult Result,
    int Meetings,
    int? LongestGapDays,
    DateTimeOffset? LastMeetingAt,
    int MaximumMonths,
    IReadOnlyList<Evidence> Evidence
) : Indicator(Standard.ForumMeetsRegularly, Result, Evidence);
