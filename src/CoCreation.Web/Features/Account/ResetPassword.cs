using CoCreation.Web.Infrastructure.Audit;
using CoCreation.Web.Infrastructure.Mediator;
using Microsoft.AspNetCore.Identity;

namespace CoCreation.Web.Features.Account;

/// <summary>Sets a new password from an emailed link; every existing session of the account ends.</summary>
public static class ResetPassword
{
    [Allow(Audience.Anonymous)]
    public sealed record Command : ICommand
    {
        public Guid UserId { get; set; }

        public string? Code { get; set; }

        public string Password { get; set; } = "";

        public string ConfirmPassword { get; set; } = "";
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> text)
        {
            RuleFor(c => c.Password).NewPassword(text);
            RuleFor(c => c.ConfirmPassword).RepeatsPassword(c => c.Password, text);
        }
    }

    public sealed class Handler(UserManager<PortalUser> users, AuditTrail audit, IStringLocalizer<SharedResource> text)
        : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var (user, token) = await AccountRules.FindByEmailedLinkAsync(users, command.UserId, command.Code, text);

            var result = await users.ResetPasswordAsync(user, token, command.Password);
            if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken)))
            {
                throw new InputException("", text["Account.Token.Invalid"]);
            }

            result.ThrowIfFailed(nameof(Command.Password));

            // A reset lifts a lockout from failed sign-ins (the person proved they own the mailbox),
            // never an administrator's lock.
            if (user.LockoutEnd != DateTimeOffset.MaxValue)
            {
                await users.SetLockoutEndDateAsync(user, null);
                await users.ResetAccessFailedCountAsync(user);
            }
            audit.Record("account.password-reset", "Account", user.Id.ToString(), null, null);
            return Unit.Value;
        }
    }
}
