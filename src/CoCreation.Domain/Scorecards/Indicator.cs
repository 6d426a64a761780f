namespace CoCreation.Domain.Scorecards;

public abstract record Indicator(Standard Standard, CheckResult Result, IReadOnlyList<Evidence> Evidence);
