using System.Globalization;
using CoCreation.Web.Infrastructure.Email;
using CoCreation.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Identity;

namespace CoCreation.Web.Features.Account;

/// <summary>
/// Sign in with email and password. Wrong password, unknown email and locked account get one and the
/// same answer; five failures lock the account for a while. A failure is an answer, not an exception,
/// so the failed-attempt count it raised is committed.
/// </summary>
public static class SignIn
{
    [Allow(Audience.Anonymous)]
    public sealed record Command : ICommand<Result>
    {
        public string Email { get; set; } = "";

        public string Password { get; set; } = "";
    }

    public enum Result
    {
        SignedIn,

        /// <summary>Signed in as an official or support unit member, who land on "My work" unless going somewhere.</summary>
        SignedInWithWork,
        EmailNotConfirmed,

        /// <summary>The password was right; the account asks for a code from its authenticator next.</summary>
        RequiresTwoFactor,
        Failed,
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Email).NotEmpty().MaximumLength(254);
            RuleFor(c => c.Password).CurrentPassword();
        }
    }

    public sealed class Handler(
        SignInManager<PortalUser> signIn,
        UserManager<PortalUser> users,
        EmailOutbox outbox,
        PortalLinks links,
        TimeProvider clock,
        IStringLocalizer<SharedResource> text,
        ILogger<Handler> logger
    ) : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            var user = await users.FindByEmailAsync(command.Email.Trim());
            if (user is null)
            {
                // The same hashing work as for a real account, so the answer's timing tells nothing.
                users.PasswordHasher.HashPassword(new PortalUser(), command.Password);
                return Result.Failed;
            }

            // Checks the password (counting failures towards lockout), then either issues a fresh session
            // cookie or, for accounts with two-factor, only the short-lived "password was right" one.
            var result = await signIn.PasswordSignInAsync(user, command.Password, isPersistent: false, lockoutOnFailure: true);
            if (result.IsNotAllowed && !user.EmailConfirmed)
            {
                // Identity refuses unconfirmed accounts before checking the password: count failures
                // here so they lock too. Only someone who knows the password learns it needs confirming.
                if (await users.IsLockedOutAsync(user))
                {
                    HashAsForAnyAccount(user, command.Password);
                    return Result.Failed;
                }

                if (!await users.CheckPasswordAsync(user, command.Password))
                {
                    await users.AccessFailedAsync(user);
                    return Result.Failed;
                }

                await Register.SendConfirmationAsync(users, outbox, links, text, clock, user);
                return Result.EmailNotConfirmed;
            }

            if (result.RequiresTwoFactor)
            {
                logger.LogInformation("Password accepted, second factor asked of {UserId}", user.Id);
                return Result.RequiresTwoFactor;
            }

            if (!result.Succeeded)
            {
                if (result.IsLockedOut)
                {
                    HashAsForAnyAccount(user, command.Password);
                    logger.LogWarning("Sign-in refused for locked account {UserId}", user.Id);
                }

                return Result.Failed;
            }

            // PasswordSignInAsync issued a fresh cookie: nothing of a previous session carries over.
            user.PreferredLanguage = LocalizationSetup.Normalize(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);
            await users.UpdateAsync(user);
            logger.LogInformation("Signed in {UserId}", user.Id);
            return Roles.AreStaff(await users.GetRolesAsync(user)) ? Result.SignedInWithWork : Result.SignedIn;
        }

        /// <summary>
        /// Identity refuses a locked account without looking at the password, in a millisecond where any other
        /// answer takes a password hash (about 100 ms): that gap would tell which addresses have accounts.
        /// The result is thrown away; a locked account stays locked whatever the password.
        /// </summary>
        private void HashAsForAnyAccount(PortalUser user, string password) =>
            users.PasswordHasher.VerifyHashedPassword(
                user,
                user.PasswordHash ?? users.PasswordHasher.HashPassword(user, password),
                password
            );
    }
}
