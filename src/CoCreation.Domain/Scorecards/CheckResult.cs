namespace CoCreation.Domain.Scorecards;

public enum CheckResult
{
    Met,
    NotMet,
    NotYetMeasurable,
}
