namespace CoCreation.Web.Infrastructure.Identity;

/// <summary>The portal's roles (DOMAIN.md "Who uses it") and the authorization policies built on them.</summary>
public static class Roles
{
    public const string Participant = "Participant";
    public const string GovernmentOfficial = "GovernmentOfficial";
    public const string SupportUnit = "SupportUnit";
    public const string Administrator = "Administrator";

    public static readonly IReadOnlyList<string> All = [Participant, GovernmentOfficial, SupportUnit, Administrator];

    /// <summary>Policy: support unit staff or administrators (runs campaigns, manages members).</summary>
    public const string StaffPolicy = "Staff";

    /// <summary>Policy: who may open the "to answer" inbox (officials; staff see every member's).</summary>
    public const string AnsweringPolicy = "Answering";

    /// <summary>Policy: administrators only (accounts, roles, the audit trail).</summary>
    public const string AdministratorPolicy = "Administrator";
}
