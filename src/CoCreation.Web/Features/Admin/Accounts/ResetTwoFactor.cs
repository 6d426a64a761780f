using CoCreation.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Identity;

namespace CoCreation.Web.Features.Admin.Accounts;

/// <summary>
/// For someone who lost both their authenticator and their recovery codes: an administrator turns
/// their two-factor sign-in off and forgets the key and codes; their sessions end (new security
/// stamp). Where two-factor is required for staff, they set it up again at their next sign-in. Audited.
/// </summary>
public static class ResetTwoFactor
{
    [Allow(Audience.Administrator)]
    public sealed record Command(Guid UserId) : ICommand<bool>;

    public sealed class Handler(UserManager<PortalUser> users, AuditTrail audit) : ICommandHandler<Command, bool>
    {
        public async ValueTask<bool> Handle(Command command, CancellationToken cancellationToken)
        {
            var user = await users.FindByIdAsync(command.UserId.ToString());
            if (user is null)
            {
                return false;
            }

            var before = new { TwoFactor = user.TwoFactorEnabled };
            await users.SetTwoFactorEnabledAsync(user, false);
            await users.RemoveAuthenticationTokenAsync(user, "[AspNetUserStore]", "AuthenticatorKey");
            await users.RemoveAuthenticationTokenAsync(user, "[AspNetUserStore]", "RecoveryCodes");
            await users.UpdateSecurityStampAsync(user);
            audit.Record("account.two-factor-reset", "Account", user.Id.ToString(), before, new { TwoFactor = false });
            return true;
        }
    }
}
