namespace CoCreation.Web.Features.Admin.Accounts;

/// <summary>One account as an administrator sees it: roles, the members an official acts for, lockout.</summary>
public static class Details
{
    [Allow(Audience.Administrator)]
    public sealed record Query(Guid Id) : IQuery<Model?>;

    public sealed record Model(
        Guid Id,
        string Email,
        string DisplayName,
        string? Organisation,
        bool EmailConfirmed,
        DateTimeOffset CreatedAt,
        DateTimeOffset? LockoutEnd,
        bool IsLocked,
        IReadOnlyList<string> Roles,
        IReadOnlyList<string> MemberCodes,
        IReadOnlyList<MemberChoice> AllMembers,
        bool TwoFactorEnabled
    );

    public sealed record MemberChoice(string Code, LocalizedText Name);

    public sealed class Handler(PortalDbContext db, TimeProvider clock) : IQueryHandler<Query, Model?>
    {
        public async ValueTask<Model?> Handle(Query query, CancellationToken cancellationToken)
        {
            var user = await db
                .Users.AsNoTracking()
                .Where(u => u.Id == query.Id)
                .Select(u => new
                {
                    u.Id,
                    u.Email,
                    u.DisplayName,
                    u.Organisation,
                    u.EmailConfirmed,
                    u.CreatedAt,
                    u.LockoutEnd,
                    u.TwoFactorEnabled,
                    Roles = db
                        .UserRoles.Where(ur => ur.UserId == u.Id)
                        .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name!)
                        .ToList(),
                    MemberCodes = db
                        .OfficialAssignments.Where(a => a.UserId == u.Id)
                        .Join(db.Members, a => a.MemberId, m => m.Id, (a, m) => m.Code)
                        .ToList(),
                })
                .SingleOrDefaultAsync(cancellationToken);
            if (user is null)
            {
                return null;
            }

            var members = await db
                .Members.AsNoTracking()
                .OrderBy(m => m.Code)
                .Select(m => new MemberChoice(m.Code, m.Name))
                .ToListAsync(cancellationToken);
            return new Model(
                user.Id,
                user.Email ?? "",
                user.DisplayName,
                user.Organisation,
                user.EmailConfirmed,
                user.CreatedAt,
                user.LockoutEnd,
                user.LockoutEnd > clock.GetUtcNow(),
                user.Roles,
                user.MemberCodes,
                members,
                user.TwoFactorEnabled
            );
        }
    }
}
