namespace CoCreation.Domain.Scorecards;

public sealed record ImplementationIndicator(
    CheckResult Result,
    DateTimeOffset? ImplementationStartsAt,
    int Meetings,
    int Minimum,
    IReadOnlyList<Evidence> Evidence
) : Indicator(Standard.MeetingsDuringImplementation, Result, Evidence);
