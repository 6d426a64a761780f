using CoCreation.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Identity;

namespace CoCreation.Web.Features.Account;

/// <summary>The person confirms their address with the emailed link (a button press: a GET never changes anything).</summary>
public static class ConfirmEmail
{
    [Allow(Audience.Anonymous)]
    public sealed record Command(Guid UserId, string? Code) : ICommand;

    public sealed class Handler(UserManager<PortalUser> users, AuditTrail audit, IStringLocalizer<SharedResource> text)
        : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var (user, token) = await AccountRules.FindByEmailedLinkAsync(users, command.UserId, command.Code, text);

            if (user.EmailConfirmed)
            {
                return Unit.Value;
            }

            (await users.ConfirmEmailAsync(user, token)).ThrowIfFailed("");
            audit.Record("account.email-confirmed", "Account", user.Id.ToString(), null, null);
            return Unit.Value;
        }
    }
}
