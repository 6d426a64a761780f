using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace CoCreation.Web.Infrastructure.Identity;

/// <summary>Accounts, sessions and roles as QUALITY.md asks (ASVS level 2).</summary>
public static class IdentitySetup
{
    private const string SignedInAtKey = "signed-in-at";

    /// <summary>Email-confirmation links; also how long the outbox may keep such an email's body.</summary>
    public static readonly TimeSpan EmailConfirmationLifetime = TimeSpan.FromDays(2);

    public static IServiceCollection AddPortalIdentity(this IServiceCollection services, PortalOptions portal)
    {
        services
            .AddIdentity<PortalUser, IdentityRole<Guid>>(options =>
            {
                // Length is the rule; composition rules only make passwords worse (NIST SP 800-63B).
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedEmail = true;
                options.Tokens.PasswordResetTokenProvider = PasswordResetTokenProvider.ProviderName;
            })
            .AddEntityFrameworkStores<PortalDbContext>()
            .AddDefaultTokenProviders()
            // Replaces the default (email-confirmation) provider so its links age on the portal's clock.
            .AddTokenProvider<ClockedTokenProvider>(TokenOptions.DefaultProvider)
            .AddTokenProvider<PasswordResetTokenProvider>(PasswordResetTokenProvider.ProviderName)
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddClaimsPrincipalFactory<StaffTwoFactor.ClaimsFactory>()
            .AddErrorDescriber<LocalizedIdentityErrors>();

        // OWASP Password Storage Cheat Sheet: PBKDF2-HMAC-SHA512 at 210 000 iterations.
        services.Configure<PasswordHasherOptions>(options => options.IterationCount = 210_000);
        services.Configure<DataProtectionTokenProviderOptions>(options => options.TokenLifespan = EmailConfirmationLifetime);
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = portal.Session.RevalidationInterval);

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = PortalCookies.Name(PortalCookies.Session, portal);
            options.Cookie.Path = "/";
            options.Cookie.HttpOnly = true;
            options.Cookie.SecurePolicy = PortalCookies.Policy(portal);
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.ExpireTimeSpan = portal.Session.IdleTimeout;
            options.SlidingExpiration = true;
            options.LoginPath = Paths.SignIn();
            options.LogoutPath = Paths.SignOut();
            options.AccessDeniedPath = Paths.AccessDenied();
            options.Events.OnSigningIn = context =>
            {
                var clock = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>();
                context.Properties.Items.TryAdd(
                    SignedInAtKey,
                    clock.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture)
                );
                return Task.CompletedTask;
            };
            options.Events.OnValidatePrincipal = async context =>
            {
                // Sliding renewal keeps an active session alive; the absolute limit ends it anyway.
                var clock = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>();
                if (
                    context.Properties.Items.TryGetValue(SignedInAtKey, out var value)
                    && long.TryParse(value, out var seconds)
                    && clock.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds) > portal.Session.AbsoluteTimeout
                )
                {
                    context.RejectPrincipal();
                    await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                    return;
                }

                try
                {
                    await SecurityStampValidator.ValidatePrincipalAsync(context);
                }
                catch (Exception ex) when (ErrorPages.IsDatabaseUnavailable(ex))
                {
                    // The re-check waits for the database; the page itself will answer 503.
                }
            };
        });

        // Between the password and the code: a short-lived cookie naming the account, nothing more.
        services.Configure<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(
            IdentityConstants.TwoFactorUserIdScheme,
            options =>
            {
                options.Cookie.Name = PortalCookies.Name(PortalCookies.Session + "-2fa", portal);
                options.Cookie.Path = "/";
                options.Cookie.HttpOnly = true;
                options.Cookie.SecurePolicy = PortalCookies.Policy(portal);
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.ExpireTimeSpan = TimeSpan.FromMinutes(5);
            }
        );

        services
            .AddAuthorizationBuilder()
            .AddPolicy(Roles.StaffPolicy, policy => policy.RequireRole(Roles.SupportUnit, Roles.Administrator))
            .AddPolicy(Roles.AdministratorPolicy, policy => policy.RequireRole(Roles.Administrator))
            .AddPolicy(Roles.AnsweringPolicy, policy =>
                policy.RequireRole(Roles.GovernmentOfficial, Roles.SupportUnit, Roles.Administrator)
            );
        return services;
    }
}
