namespace CoCreation.Web.Features.Admin.Accounts;

/// <summary>Administrators find accounts by email, name or organisation, and by role.</summary>
public static class Index
{
    public const int PageSize = 50;

    [Allow(Audience.Administrator)]
    public sealed record Query : IQuery<Model>
    {
        public string? Search { get; init; }

        public string? Role { get; init; }
    }

    public sealed record Model(IReadOnlyList<Item> Accounts, bool HasMore);

    public sealed record Item(
        Guid Id,
        string Email,
        string DisplayName,
        string? Organisation,
        bool EmailConfirmed,
        bool IsLocked,
        IReadOnlyList<string> Roles
    );

    public sealed class Handler(PortalDbContext db, TimeProvider clock) : IQueryHandler<Query, Model>
    {
        public async ValueTask<Model> Handle(Query query, CancellationToken cancellationToken)
        {
            var users = db.Users.AsNoTracking();
            if (!string.IsNullOrWhiteSpace(query.Search))
            {
                // Accounts number in the thousands at most: a prefix/contains match on normalized columns is enough here.
                var term = query.Search.Trim().ToUpperInvariant();
                users = users.Where(u =>
                    u.NormalizedEmail!.Contains(term)
                    || u.DisplayName.ToUpper().Contains(term)
                    || (u.Organisation != null && u.Organisation.ToUpper().Contains(term))
                );
            }

            if (!string.IsNullOrWhiteSpace(query.Role))
            {
                var roleId = db.Roles.Where(r => r.Name == query.Role).Select(r => r.Id);
                users = users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && roleId.Contains(ur.RoleId)));
            }

            var now = clock.GetUtcNow();
            var rows = await users
                .OrderBy(u => u.NormalizedEmail)
                .Take(PageSize + 1)
                .Select(u => new Item(
                    u.Id,
                    u.Email!,
                    u.DisplayName,
                    u.Organisation,
                    u.EmailConfirmed,
                    u.LockoutEnd > now,
                    db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name!).ToList()
                ))
                .ToListAsync(cancellationToken);
            return new Model(rows.Take(PageSize).ToList(), rows.Count > PageSize);
        }
    }
}
