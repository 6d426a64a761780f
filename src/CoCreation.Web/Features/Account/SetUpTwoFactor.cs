using CoCreation.Web.Infrastructure.Identity;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace CoCreation.Web.Features.Account;

/// <summary>
/// Starts (or starts again) setting up two-factor sign-in: a new authenticator key, shown on the
/// two-factor page until a code from it is confirmed. A new key changes the security stamp, so this
/// session is renewed and any other one ends.
/// </summary>
public static class SetUpTwoFactor
{
    [Allow(Audience.Participant)]
    public sealed record Command : ICommand;

    public sealed class Handler(UserManager<PortalUser> users, SignInManager<PortalUser> signIn, CurrentActor actor) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var user = await users.FindByIdAsync(actor.RequireUserId().ToString()) ?? throw new UnauthorizedAccessException();
            if (await users.GetTwoFactorEnabledAsync(user))
            {
                return Unit.Value;
            }

            await users.ResetAuthenticatorKeyAsync(user);
            await signIn.RefreshSignInAsync(user);
            return Unit.Value;
        }
    }
}
