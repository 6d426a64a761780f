namespace CoCreation.Domain.Scorecards;

/// <param name="Meetings">Meetings with civil society or of the forum held since the plan's publication.</param>
/// <param name="Commitments">The plan's commitments.</param>
/// <param name="CommitmentsReported">Commitments with at least one progress update published during implementation.</param>
public sealed record ImplementationIndicator(
    CheckResult Result,
    DateTimeOffset? ImplementationStartsAt,
    int Meetings,
    int Minimum,
    int Commitments,
    int CommitmentsReported,
    IReadOnlyList<Evidence> Evidence
) : Indicator(Standard.MeetingsDuringImplementation, Result, Evidence);
