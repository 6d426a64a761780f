namespace CoCreation.Domain.ActionPlans;

/// <summary>Where a plan stands; it only moves forward, one step at a time.</summary>
public enum PlanStatus
{
    CoCreation,
    Submitted,
    Implementing,
    Completed,
}
