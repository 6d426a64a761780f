namespace CoCreation.Domain.Members;

/// <summary>A government official acts for the members they are assigned to, and only those.</summary>
public sealed class OfficialAssignment
{
    private OfficialAssignment() { }

    public OfficialAssignment(Guid userId, int memberId, DateTimeOffset assignedAt)
    {
        UserId = userId;
        MemberId = memberId;
        AssignedAt = assignedAt;
    }

    public Guid UserId { get; private set; }

    public int MemberId { get; private set; }

    public DateTimeOffset AssignedAt { get; private set; }
}
