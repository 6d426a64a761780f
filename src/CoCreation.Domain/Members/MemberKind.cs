namespace CoCreation.Domain.Members;

public enum MemberKind
{
    Country,
    SubnationalEntity,
}
