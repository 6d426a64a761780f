using CoCreation.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Identity;

namespace CoCreation.Web.Features.Account;

/// <summary>
/// Ends every session of the account — on every device and instance — by changing its security stamp:
/// each session cookie is checked against the stamp (every Portal:Session:RevalidationInterval) and
/// refused once it differs. This browser is signed out at once. Audited.
/// </summary>
public static class SignOutEverywhere
{
    [Allow(Audience.Participant)]
    public sealed record Command : ICommand;

    public sealed class Handler(UserManager<PortalUser> users, SignInManager<PortalUser> signIn, CurrentActor actor, AuditTrail audit)
        : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var user = await users.SignedInAsync(actor);
            await users.UpdateSecurityStampAsync(user);
            audit.Record("account.signed-out-everywhere", "Account", user.Id.ToString(), null, null);
            await signIn.SignOutAsync();
            return Unit.Value;
        }
    }
}
