namespace CoCreation.Domain.Members;

/// <summary>The four OGP regions.</summary>
public enum Region
{
    Americas,
    Europe,
    AfricaMiddleEast,
    AsiaPacific,
}
