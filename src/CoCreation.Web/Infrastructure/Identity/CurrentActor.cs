using System.Security.Claims;

namespace CoCreation.Web.Infrastructure.Identity;

/// <summary>
/// The person on whose behalf a handler runs: the signed-in user of the request, or whoever a
/// background job or a test says it acts as. Handlers stamp and audit with it.
/// </summary>
public sealed class CurrentActor(IHttpContextAccessor httpContext)
{
    private ClaimsPrincipal? _override;

    /// <summary>
    /// The portal itself, for background jobs (reminders, newsletter batches). Recognised by reference,
    /// so no cookie or claim can pass for it; it has no account and is not signed in.
    /// </summary>
    public static readonly ClaimsPrincipal System = new(new ClaimsIdentity([new Claim(ClaimTypes.Name, "system")]));

    public ClaimsPrincipal Principal => _override ?? httpContext.HttpContext?.User ?? new ClaimsPrincipal(new ClaimsIdentity());

    public bool IsSystem => ReferenceEquals(_override, System);

    public bool IsAuthenticated => Principal.Identity?.IsAuthenticated == true;

    public Guid? UserId => Guid.TryParse(Principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public string Name => Principal.FindFirstValue(ClaimTypes.Name) ?? "system";

    public bool IsInRole(string role) => Principal.IsInRole(role);

    public bool IsStaff => IsInRole(Roles.SupportUnit) || IsInRole(Roles.Administrator);

    /// <summary>
    /// For the staff-only part of a message others may send too (the unsent newsletter editions); a
    /// staff-only message says so with [Allow(Audience.SupportUnit)] instead.
    /// </summary>
    public void RequireStaff()
    {
        if (!IsStaff)
        {
            throw new UnauthorizedAccessException("This action is for the support unit.");
        }
    }

    public Guid RequireUserId() => UserId ?? throw new UnauthorizedAccessException("This action needs a signed-in account.");

    public void ActAs(ClaimsPrincipal principal) => _override = principal;

    public static ClaimsPrincipal For(Guid userId, string name, params string[] roles)
    {
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, userId.ToString()), new(ClaimTypes.Name, name) };
        claims.AddRange(roles.Select(r => new Claim(ClaimTypes.Role, r)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "portal"));
    }
}
