namespace CoCreation.Domain.Scorecards;

/// <summary>The numbers in the standards' rules; the portal reads them from settings, these are the 2021 defaults.</summary>
public sealed record ScorecardThresholds(
    int ForumMonthsBetweenMeetings,
    int RepositoryUpdatesPerYear,
    int DaysBeforeFirstActivity,
    int AnsweredPercent,
    int ImplementationMeetings
)
{
    public static readonly ScorecardThresholds Standards2021 = new(6, 2, 14, 100, 2);
}
