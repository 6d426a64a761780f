namespace CoCreation.Web.Features.Admin;

/// <summary>The portal's security settings and how many staff accounts already have two-factor sign-in.</summary>
public static class Security
{
    [Allow(Audience.Administrator)]
    public sealed record Query : IQuery<Model>;

    public sealed record Model(bool RequireStaffTwoFactor, int StaffAccounts, int StaffWithTwoFactor);

    public sealed class Handler(PortalDbContext db) : IQueryHandler<Query, Model>
    {
        public async ValueTask<Model> Handle(Query query, CancellationToken cancellationToken)
        {
            string[] staffRoles = [Roles.GovernmentOfficial, Roles.SupportUnit, Roles.Administrator];
            var staff = db.Users.Where(u =>
                db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && staffRoles.Contains(r.Name!)))
            );
            return new Model(
                await StaffTwoFactor.IsRequiredAsync(db, cancellationToken),
                await staff.CountAsync(cancellationToken),
                await staff.CountAsync(u => u.TwoFactorEnabled, cancellationToken)
            );
        }
    }
}
