namespace CoCreation.Web.Infrastructure.Identity;

/// <summary>The portal's roles (DOMAIN.md "Who uses it") and the authorization policies built on them.</summary>
public static class Roles
{
    public const string Participant = "Participant";
    public const string GovernmentOfficial = "GovernmentOfficial";
    public const string SupportUnit = "SupportUnit";
    public const string Administrator = "Administrator";

    public static readonly IReadOnlyList<string> All = [Participant, GovernmentOfficial, SupportUnit, Administrator];

    /// <summary>The roles that do the portal's work (officials, the support unit, administrators): two-factor sign-in, "My work".</summary>
    public static readonly IReadOnlyList<string> Staff = [GovernmentOfficial, SupportUnit, Administrator];

    public static bool AreStaff(IEnumerable<string> roles) => roles.Any(Staff.Contains);

    public static bool IsStaff(System.Security.Claims.ClaimsPrincipal user) => Staff.Any(user.IsInRole);

    /// <summary>Policy: support unit staff or administrators (runs campaigns, manages members).</summary>
    public const string StaffPolicy = "Staff";

    /// <summary>Policy: who may open the "to answer" inbox (officials; staff see every member's).</summary>
    public const string AnsweringPolicy = "Answering";

    /// <summary>Policy: administrators only (accounts, roles, the audit trail).</summary>
    public const string AdministratorPolicy = "Administrator";
}
