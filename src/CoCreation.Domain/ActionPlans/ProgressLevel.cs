namespace CoCreation.Domain.ActionPlans;

/// <summary>
/// The IRM's completion scale as a progress update reports it: the four levels of <see cref="CompletionLevel"/>
/// and "no evidence available", which the IRM uses when nothing can be verified.
/// </summary>
public enum ProgressLevel
{
    NotStarted,
    Limited,
    Substantial,
    Complete,
    NoEvidence,
}

/// <summary>The IRM's judgement of how much a commitment could change government practice.</summary>
public enum PotentialImpact
{
    None,
    Minor,
    Moderate,
    Transformative,
}

/// <summary>The IRM's "did it open government?" after the cycle (early results).</summary>
public enum OpenedGovernment
{
    DidNotChange,
    Worsened,
    Marginal,
    Major,
    Outstanding,
}

/// <summary>What a change to a published plan's commitment did; the web layer words it in the reader's language.</summary>
public enum CommitmentChange
{
    MilestoneAdded,
    MilestoneChanged,
    MilestonesReordered,
}
