using CoCreation.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Identity;

namespace CoCreation.Web.Features.Account;

/// <summary>
/// Turns two-factor sign-in off, after the person types their password again (a stolen session alone
/// cannot do it). The key and the recovery codes are forgotten; audited. Where administrators require
/// two-factor for staff, the person is sent to set it up again at once.
/// </summary>
public static class DisableTwoFactor
{
    [Allow(Audience.Participant)]
    public sealed record Command : PasswordAgainForm, ICommand;

    public sealed class Validator : PasswordAgainValidator<Command>;

    public sealed class Handler(
        UserManager<PortalUser> users,
        SignInManager<PortalUser> signIn,
        CurrentActor actor,
        AuditTrail audit,
        PasswordConfirmation passwords
    ) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var user = await users.SignedInAsync(actor);
            await passwords.RequireAsync(user, command.Password, nameof(Command.Password));

            if (!await users.GetTwoFactorEnabledAsync(user))
            {
                return Unit.Value;
            }

            await users.SetTwoFactorEnabledAsync(user, false);
            await users.ResetAuthenticatorKeyAsync(user);
            await users.RemoveAuthenticationTokenAsync(user, "[AspNetUserStore]", "RecoveryCodes");
            await users.RemoveAuthenticationTokenAsync(user, "[AspNetUserStore]", "AuthenticatorKey");
            await signIn.RefreshSignInAsync(user);
            audit.Record("account.two-factor-disabled", "Account", user.Id.ToString(), new { TwoFactor = true }, new { TwoFactor = false });
            return Unit.Value;
        }
    }
}
