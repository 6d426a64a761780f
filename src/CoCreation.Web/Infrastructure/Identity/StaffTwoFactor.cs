using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CoCreation.Web.Infrastructure.Identity;

/// <summary>
/// Two-factor sign-in for staff (ASVS V6.3.3): the session says whether the account has an
/// authenticator, and when administrators require it (<see cref="SecuritySettings"/>), a staff member
/// without one is sent to set it up before any other page.
/// </summary>
public static class StaffTwoFactor
{
    /// <summary>Claim present in the session cookie when the account has two-factor sign-in turned on.</summary>
    public const string EnabledClaim = "portal:two-factor";

    public static string EnrolPath => Paths.TwoFactor();

    /// <summary>What a staff member without two-factor may still open while it is required.</summary>
    private static readonly string[] AllowedPrefixes =
    [
        EnrolPath,
        "/account/sign-out",
        "/account/sign-in",
        "/language/",
        "/health/",
        "/error",
        "/css/",
        "/js/",
        "/lib/",
        "/favicon",
    ];

    public static IApplicationBuilder UseStaffTwoFactorRequirement(this IApplicationBuilder app) =>
        app.Use(
            async (http, next) =>
            {
                var user = http.User;
                if (
                    user.Identity?.IsAuthenticated == true
                    && Roles.IsStaff(user)
                    && !user.HasClaim(c => c.Type == EnabledClaim)
                    && !AllowedPrefixes.Any(p => http.Request.Path.StartsWithSegments(p.TrimEnd('/'), StringComparison.OrdinalIgnoreCase))
                    && await IsRequiredAsync(http.RequestServices.GetRequiredService<PortalDbContext>(), http.RequestAborted)
                )
                {
                    // Staff requests are few: one small read for them only, so a change by an administrator
                    // applies at once on every instance.
                    http.Response.Redirect(EnrolPath + "?required=True");
                    return;
                }

                await next(http);
            }
        );

    /// <summary>Whether staff must have two-factor sign-in: yes until an administrator says otherwise.</summary>
    public static async Task<bool> IsRequiredAsync(PortalDbContext db, CancellationToken cancellationToken) =>
        await db
            .SecuritySettings.AsNoTracking()
            .Where(s => s.Id == SecuritySettings.SingletonId)
            .Select(s => (bool?)s.RequireStaffTwoFactor)
            .FirstOrDefaultAsync(cancellationToken)
        ?? true;

    /// <summary>Puts <see cref="EnabledClaim"/> in the session, renewed with the other claims at every security-stamp check.</summary>
    public sealed class ClaimsFactory(
        UserManager<PortalUser> users,
        RoleManager<IdentityRole<Guid>> roles,
        IOptions<IdentityOptions> options
    ) : UserClaimsPrincipalFactory<PortalUser, IdentityRole<Guid>>(users, roles, options)
    {
        protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PortalUser user)
        {
            var identity = await base.GenerateClaimsAsync(user);
            if (await UserManager.GetTwoFactorEnabledAsync(user))
            {
                identity.AddClaim(new Claim(EnabledClaim, "on"));
            }

            return identity;
        }
    }
}
