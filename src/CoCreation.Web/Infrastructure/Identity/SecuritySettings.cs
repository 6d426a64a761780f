namespace CoCreation.Web.Infrastructure.Identity;

/// <summary>
/// Portal-wide security settings an administrator changes at /admin/security: one row (id 1); no row
/// means the defaults. A setting for the whole staff rather than per account, so that a new official
/// or support-unit member is covered the day they get their role, without anyone remembering to tick
/// a box on their account.
/// </summary>
public sealed class SecuritySettings
{
    public const int SingletonId = 1;

    private SecuritySettings() { }

    public SecuritySettings(DateTimeOffset at) => UpdatedAt = at;

    public int Id { get; private set; } = SingletonId;

    /// <summary>
    /// Officials, support unit and administrators must have two-factor sign-in before they may do anything
    /// else. On in a new installation (no row yet): an administrator may relax it, audited.
    /// </summary>
    public bool RequireStaffTwoFactor { get; private set; } = true;

    public DateTimeOffset UpdatedAt { get; private set; }

    public void RequireTwoFactorForStaff(bool required, DateTimeOffset at)
    {
        RequireStaffTwoFactor = required;
        UpdatedAt = at;
    }
}
