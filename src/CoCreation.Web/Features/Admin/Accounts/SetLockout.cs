using CoCreation.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Identity;

namespace CoCreation.Web.Features.Admin.Accounts;

/// <summary>An administrator locks an account (until unlocked) or unlocks it; locking ends its sessions.</summary>
public static class SetLockout
{
    [Allow(Audience.Administrator)]
    public sealed record Command(Guid UserId, bool Locked) : ICommand<bool>;

    public sealed class Handler(UserManager<PortalUser> users, CurrentActor actor, AuditTrail audit, TimeProvider clock)
        : ICommandHandler<Command, bool>
    {
        public async ValueTask<bool> Handle(Command command, CancellationToken cancellationToken)
        {
            var user = await users.FindByIdAsync(command.UserId.ToString());
            if (user is null)
            {
                return false;
            }

            if (command.Locked && user.Id == actor.UserId)
            {
                throw new DomainException("Domain.Account.CannotLockSelf");
            }

            var before = new { user.LockoutEnd };
            await users.SetLockoutEnabledAsync(user, true);
            await users.SetLockoutEndDateAsync(user, command.Locked ? DateTimeOffset.MaxValue : null);
            if (command.Locked)
            {
                await users.UpdateSecurityStampAsync(user);
            }
            else
            {
                await users.ResetAccessFailedCountAsync(user);
            }

            audit.Record(
                command.Locked ? "account.locked" : "account.unlocked",
                "Account",
                user.Id.ToString(),
                before,
                new { user.LockoutEnd, At = clock.GetUtcNow() }
            );
            return true;
        }
    }
}
