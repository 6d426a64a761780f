using CoCreation.Web.Features.Account;
using CoCreation.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Identity;

namespace CoCreation.Web.Features.Admin.Accounts;

/// <summary>An administrator gives or takes roles. Nobody can remove their own administrator role (no lock-out of the last door).</summary>
public static class SetRoles
{
    [Allow(Audience.Administrator)]
    public sealed record Command(Guid UserId, IReadOnlyList<string> Roles) : ICommand<bool>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> text) =>
            RuleForEach(c => c.Roles)
                .Must(r => r is not null && Infrastructure.Identity.Roles.All.Contains(r))
                .WithMessage(_ => text["Validation.Choice"]);
    }

    public sealed class Handler(UserManager<PortalUser> users, PortalDbContext db, CurrentActor actor, AuditTrail audit)
        : ICommandHandler<Command, bool>
    {
        public async ValueTask<bool> Handle(Command command, CancellationToken cancellationToken)
        {
            var user = await users.FindByIdAsync(command.UserId.ToString());
            if (user is null)
            {
                return false;
            }

            var before = (await users.GetRolesAsync(user)).Order().ToList();
            var wanted = command.Roles.OfType<string>().Distinct().Order().ToList();
            if (user.Id == actor.UserId && before.Contains(Roles.Administrator) && !wanted.Contains(Roles.Administrator))
            {
                throw new DomainException("Domain.Account.CannotDropOwnAdministrator");
            }

            var removed = before.Except(wanted).ToList();
            var added = wanted.Except(before).ToList();
            if (removed.Contains(Roles.GovernmentOfficial))
            {
                // Without the role the assignments would lie dormant and come back unseen with it.
                var assignments = await db.OfficialAssignments.Where(a => a.UserId == user.Id).ToListAsync(cancellationToken);
                if (assignments.Count > 0)
                {
                    db.OfficialAssignments.RemoveRange(assignments);
                    audit.Record(
                        "account.members-assigned",
                        "Account",
                        user.Id.ToString(),
                        new { Members = assignments.Select(a => a.MemberId) },
                        new { Members = Array.Empty<int>() }
                    );
                }
            }

            if (removed.Count > 0)
            {
                (await users.RemoveFromRolesAsync(user, removed)).ThrowIfFailed("");
            }

            if (added.Count > 0)
            {
                (await users.AddToRolesAsync(user, added)).ThrowIfFailed("");
            }

            if (removed.Count + added.Count > 0)
            {
                // Role changes take effect at once: the person's sessions are re-checked.
                await users.UpdateSecurityStampAsync(user);
                audit.Record("account.roles-changed", "Account", user.Id.ToString(), new { Roles = before }, new { Roles = wanted });
            }

            return true;
        }
    }
}
