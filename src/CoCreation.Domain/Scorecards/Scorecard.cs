namespace CoCreation.Domain.Scorecards;

/// <summary>One member's cycle against the minimum requirements.</summary>
public sealed record Scorecard(
    CyclePeriod Period,
    ForumIndicator Forum,
    RepositoryIndicator Repository,
    TimelineIndicator Timeline,
    ResponseIndicator Responses,
    ImplementationIndicator Implementation
)
{
    public IReadOnlyList<Indicator> Indicators => [Forum, Repository, Timeline, Responses, Implementation];

    public int Count(CheckResult result) => Indicators.Count(i => i.Result == result);
}
