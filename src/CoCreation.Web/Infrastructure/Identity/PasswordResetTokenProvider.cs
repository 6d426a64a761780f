using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CoCreation.Web.Infrastructure.Identity;

/// <summary>Password-reset links live much shorter than email-confirmation links (one hour by default).</summary>
public sealed class PasswordResetTokenProvider(
    IDataProtectionProvider dataProtectionProvider,
    IOptions<PasswordResetTokenProviderOptions> options,
    ILogger<DataProtectorTokenProvider<PortalUser>> logger,
    TimeProvider clock
) : ClockedTokenProvider(dataProtectionProvider, options, logger, clock)
{
    public const string ProviderName = "PasswordReset";

    /// <summary>Also how long the outbox may keep a reset email's body (the link in it works no longer).</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);
}

public sealed class PasswordResetTokenProviderOptions : DataProtectionTokenProviderOptions
{
    public PasswordResetTokenProviderOptions()
    {
        Name = PasswordResetTokenProvider.ProviderName;
        TokenLifespan = PasswordResetTokenProvider.Lifetime;
    }
}
