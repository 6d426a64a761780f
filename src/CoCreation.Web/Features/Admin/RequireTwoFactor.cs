using CoCreation.Web.Infrastructure.Audit;

namespace CoCreation.Web.Features.Admin;

/// <summary>
/// An administrator requires (or stops requiring) two-factor sign-in for every staff account:
/// officials, support unit and administrators. From the next request on, a staff member without it is
/// sent to set it up before anything else. Audited with the value before and after.
/// </summary>
public static class RequireTwoFactor
{
    [Allow(Audience.Administrator)]
    public sealed record Command(bool Required) : ICommand;

    public sealed class Handler(PortalDbContext db, AuditTrail audit, TimeProvider clock) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var settings = await db.SecuritySettings.SingleOrDefaultAsync(s => s.Id == SecuritySettings.SingletonId, cancellationToken);
            if (settings is null)
            {
                settings = new SecuritySettings(clock.GetUtcNow());
                db.SecuritySettings.Add(settings);
            }

            var before = settings.RequireStaffTwoFactor;
            if (before == command.Required && db.Entry(settings).State != EntityState.Added)
            {
                return Unit.Value;
            }

            settings.RequireTwoFactorForStaff(command.Required, clock.GetUtcNow());
            audit.Record(
                "security.staff-two-factor-required",
                "Security",
                "staff-two-factor",
                new { Required = before },
                new { command.Required }
            );
            return Unit.Value;
        }
    }
}
