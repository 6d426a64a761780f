namespace CoCreation.Domain.Members;

/// <summary>Where a member stands in the OGP action plan cycle.</summary>
public enum CycleStatus
{
    DevelopingNewPlan,
    Implementing,
    Inactive,
}
