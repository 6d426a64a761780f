using CoCreation.Domain.Timelines;

namespace CoCreation.Domain.Scorecards;

public sealed record TimelineIndicator(CheckResult Result, TwoWeeksCheck Check, IReadOnlyList<Evidence> Evidence)
    : Indicator(Standard.TimelinePublishedInTime, Result, Evidence);
