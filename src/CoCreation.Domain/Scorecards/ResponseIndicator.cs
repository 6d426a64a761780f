namespace CoCreation.Domain.Scorecards;

/// <param name="AnsweredPercent">Whole percent, rounded down, so 199 of 200 never reads as 100 %.</param>
/// <param name="Answers">The answers, latest first.</param>
/// <param name="Unanswered">Published submissions still waiting for an answer, oldest first.</param>
public sealed record ResponseIndicator(
    CheckResult Result,
    int Published,
    int Answered,
    int? AnsweredPercent,
    double? MedianDaysToAnswer,
    int MinimumPercent,
    IReadOnlyList<Evidence> Answers,
    IReadOnlyList<Evidence> Unanswered
) : Indicator(Standard.ReasonedResponse, Result, [.. Answers, .. Unanswered]);
