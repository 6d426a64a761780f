using CoCreation.Web.Infrastructure.Audit;
using CoCreation.Web.Infrastructure.Mediator;
using Microsoft.AspNetCore.Identity;

namespace CoCreation.Web.Features.Account;

/// <summary>
/// Turns two-factor sign-in on once the person proves their authenticator works (a code from the key
/// shown), and returns ten single-use recovery codes, shown once. Audited.
/// </summary>
public static class EnableTwoFactor
{
    public const int RecoveryCodeCount = 10;

    [Allow(Audience.Participant)]
    public sealed record Command : ICommand<IReadOnlyList<string>>
    {
        public string Code { get; set; } = "";

        /// <summary>Asked again: the key on the page is readable by whoever holds the session.</summary>
        public string Password { get; set; } = "";
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Code).NotEmpty().MaximumLength(20);
            RuleFor(c => c.Password).CurrentPassword();
        }
    }

    public sealed class Handler(
        UserManager<PortalUser> users,
        SignInManager<PortalUser> signIn,
        CurrentActor actor,
        AuditTrail audit,
        IStringLocalizer<SharedResource> text,
        PasswordConfirmation passwords
    ) : ICommandHandler<Command, IReadOnlyList<string>>
    {
        public async ValueTask<IReadOnlyList<string>> Handle(Command command, CancellationToken cancellationToken)
        {
            var user = await users.SignedInAsync(actor);
            if (await users.GetTwoFactorEnabledAsync(user) || await users.GetAuthenticatorKeyAsync(user) is null)
            {
                throw new InputException(nameof(Command.Code), text["Account.TwoFactor.NotStarted"]);
            }

            await passwords.RequireAsync(user, command.Password, nameof(Command.Password));

            var code = NormalizeCode(command.Code);
            if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
            {
                throw new InputException(nameof(Command.Code), text["Account.TwoFactor.WrongCode"]);
            }

            // Changes the security stamp: other sessions end, this one is renewed below.
            await users.SetTwoFactorEnabledAsync(user, true);
            var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))?.ToList() ?? [];
            await signIn.RefreshSignInAsync(user);
            audit.Record(
                "account.two-factor-enabled",
                "Account",
                user.Id.ToString(),
                new { TwoFactor = false },
                new { TwoFactor = true, RecoveryCodes = codes.Count }
            );
            return codes;
        }
    }

    /// <summary>People type "123 456" or "123-456"; authenticator codes are digits only.</summary>
    public static string NormalizeCode(string code) =>
        code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).Trim();
}
