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

/// <summary>The one correspondence between the two scales, so renaming a level of either cannot silently break it.</summary>
public static class ProgressLevels
{
    /// <summary>The level a commitment's completion stands for, where a new progress update starts.</summary>
    public static ProgressLevel ToProgress(this CompletionLevel completion) =>
        completion switch
        {
            CompletionLevel.NotStarted => ProgressLevel.NotStarted,
            CompletionLevel.Limited => ProgressLevel.Limited,
            CompletionLevel.Substantial => ProgressLevel.Substantial,
            CompletionLevel.Complete => ProgressLevel.Complete,
            _ => throw new ArgumentOutOfRangeException(nameof(completion), completion, null),
        };

    /// <summary>The completion an update on the whole commitment moves it to; none for "no evidence", which leaves it.</summary>
    public static CompletionLevel? ToCompletion(this ProgressLevel level) =>
        level switch
        {
            ProgressLevel.NotStarted => CompletionLevel.NotStarted,
            ProgressLevel.Limited => CompletionLevel.Limited,
            ProgressLevel.Substantial => CompletionLevel.Substantial,
            ProgressLevel.Complete => CompletionLevel.Complete,
            ProgressLevel.NoEvidence => null,
            _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
        };
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
