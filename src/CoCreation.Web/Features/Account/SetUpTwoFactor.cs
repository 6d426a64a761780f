using Microsoft.AspNetCore.Identity;

namespace CoCreation.Web.Features.Account;

/// <summary>
/// Starts (or starts again) setting up two-factor sign-in: a new authenticator key, shown on the
/// two-factor page until a code from it is confirmed. A new key changes the security stamp, so this
/// session is renewed and any other one ends. The password is asked again (and a wrong one counted), so a
/// stolen session alone cannot enrol an authenticator of its own.
/// </summary>
public static class SetUpTwoFactor
{
    [Allow(Audience.Participant)]
    public sealed record Command : PasswordAgainForm, ICommand;

    public sealed class Validator : PasswordAgainValidator<Command>;

    public sealed class Handler(
        UserManager<PortalUser> users,
        SignInManager<PortalUser> signIn,
        CurrentActor actor,
        PasswordConfirmation passwords
    ) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var user = await users.SignedInAsync(actor);
            if (await users.GetTwoFactorEnabledAsync(user))
            {
                return Unit.Value;
            }

            await passwords.RequireAsync(user, command.Password, nameof(Command.Password));

            await users.ResetAuthenticatorKeyAsync(user);
            await signIn.RefreshSignInAsync(user);
            return Unit.Value;
        }
    }
}
