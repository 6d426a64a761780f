using Microsoft.AspNetCore.Identity;
using SignInResult = Microsoft.AspNetCore.Identity.SignInResult;

namespace CoCreation.Web.Features.Account;

/// <summary>
/// The second step of signing in, for accounts with two-factor: a code from the authenticator app or
/// one of the recovery codes. Wrong codes count towards the same lockout as wrong passwords (Identity
/// counts wrong authenticator codes; wrong recovery codes are counted here), and every failure gets
/// the same answer. A success issues a brand-new session cookie.
/// </summary>
public static class SignInTwoFactor
{
    [Allow(Audience.Anonymous)]
    public sealed record Command : ICommand<Result>
    {
        public string Code { get; set; } = "";
    }

    public enum Result
    {
        SignedIn,

        /// <summary>Signed in as an official or support unit member, who land on "My work" unless going somewhere.</summary>
        SignedInWithWork,
        Failed,

        /// <summary>No password step in progress (it lasts five minutes): start again.</summary>
        Expired,
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Code).NotEmpty().MaximumLength(40);
    }

    public sealed class Handler(SignInManager<PortalUser> signIn, UserManager<PortalUser> users, ILogger<Handler> logger)
        : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            var user = await signIn.GetTwoFactorAuthenticationUserAsync();
            if (user is null)
            {
                return Result.Expired;
            }

            var code = EnableTwoFactor.NormalizeCode(command.Code);
            SignInResult result;
            if (code.Length == 6 && code.All(char.IsAsciiDigit))
            {
                result = await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
            }
            else if (await users.IsLockedOutAsync(user))
            {
                result = SignInResult.LockedOut;
            }
            else
            {
                // Recovery codes look like "XXY9V-HXT8X": keep the dash, drop spaces, accept lower case.
                result = await signIn.TwoFactorRecoveryCodeSignInAsync(
                    command.Code.Replace(" ", "", StringComparison.Ordinal).Trim().ToUpperInvariant()
                );
                if (!result.Succeeded)
                {
                    // Identity leaves wrong recovery codes uncounted; here they lock like wrong passwords.
                    await users.AccessFailedAsync(user);
                }
                else
                {
                    logger.LogWarning("Recovery code used by {UserId}", user.Id);
                }
            }

            if (!result.Succeeded)
            {
                if (result.IsLockedOut)
                {
                    logger.LogWarning("Two-factor sign-in refused for locked account {UserId}", user.Id);
                }

                return Result.Failed;
            }

            logger.LogInformation("Signed in with two factors {UserId}", user.Id);
            return Roles.AreStaff(await users.GetRolesAsync(user)) ? Result.SignedInWithWork : Result.SignedIn;
        }
    }
}
