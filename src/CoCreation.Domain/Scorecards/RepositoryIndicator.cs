namespace CoCreation.Domain.Scorecards;

/// <param name="Updates">Days with at least one update, per calendar year of the cycle; <c>Complete</c> once the year is over.</param>
public sealed record RepositoryIndicator(
    CheckResult Result,
    DateTimeOffset? LastUpdateAt,
    IReadOnlyList<YearUpdates> Updates,
    int MinimumPerYear,
    IReadOnlyList<Evidence> Evidence
) : Indicator(Standard.RepositoryKeptUpToDate, Result, Evidence);

public sealed record YearUpdates(int Year, int Days, bool Complete);
