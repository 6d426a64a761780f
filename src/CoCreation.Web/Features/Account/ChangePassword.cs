using CoCreation.Web.Infrastructure.Audit;
using CoCreation.Web.Infrastructure.Mediator;
using Microsoft.AspNetCore.Identity;

namespace CoCreation.Web.Features.Account;

/// <summary>
/// A signed-in person changes their password. The security stamp changes with it, so every other
/// session of the account is signed out at its next check; this one gets a fresh cookie.
/// </summary>
public static class ChangePassword
{
    [Allow(Audience.Participant)]
    public sealed record Command : ICommand
    {
        public string CurrentPassword { get; set; } = "";

        public string NewPassword { get; set; } = "";

        public string ConfirmPassword { get; set; } = "";
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> text)
        {
            RuleFor(c => c.CurrentPassword).CurrentPassword();
            RuleFor(c => c.NewPassword).NewPassword(text);
            RuleFor(c => c.ConfirmPassword).RepeatsPassword(c => c.NewPassword, text);
        }
    }

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
            await passwords.RequireAsync(user, command.CurrentPassword, nameof(Command.CurrentPassword));

            // The current password is proven above (and a wrong one counted): replace the hash without
            // checking it a second time. A refused new password rolls both steps back with the transaction.
            (await users.RemovePasswordAsync(user)).ThrowIfFailed(nameof(Command.NewPassword));
            (await users.AddPasswordAsync(user, command.NewPassword)).ThrowIfFailed(nameof(Command.NewPassword));
            await signIn.RefreshSignInAsync(user);
            audit.Record("account.password-changed", "Account", user.Id.ToString(), null, null);
            return Unit.Value;
        }
    }
}
