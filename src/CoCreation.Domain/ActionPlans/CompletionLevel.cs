namespace CoCreation.Domain.ActionPlans;

/// <summary>How far a commitment got (the IRM's completion scale).</summary>
public enum CompletionLevel
{
    NotStarted,
    Limited,
    Substantial,
    Complete,
}
