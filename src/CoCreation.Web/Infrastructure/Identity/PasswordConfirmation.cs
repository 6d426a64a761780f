using CoCreation.Web.Infrastructure.Mediator;
using Microsoft.AspNetCore.Identity;

namespace CoCreation.Web.Infrastructure.Identity;

/// <summary>
/// The password typed again to confirm a change that a stolen session alone must not make (change the
/// password, turn two-factor on or off, delete the account). A locked account is refused before the
/// password is even checked, and a wrong password counts towards lockout exactly as at sign-in: the
/// count is written in a scope of its own, because the refusal then rolls the command's transaction
/// back, and a count made inside it would vanish with it.
/// </summary>
public sealed class PasswordConfirmation(UserManager<PortalUser> users, IServiceScopeFactory scopes, IStringLocalizer<SharedResource> text)
{
    /// <summary>
    /// Throws an <see cref="InputException"/> on <paramref name="field"/> unless <paramref name="password"/> is the account's.
    /// </summary>
    public async Task RequireAsync(PortalUser user, string password, string field)
    {
        if (await users.IsLockedOutAsync(user))
        {
            throw new InputException(field, text["Account.Password.LockedOut"]);
        }

        if (await users.CheckPasswordAsync(user, password))
        {
            return;
        }

        await using (var scope = scopes.CreateAsyncScope())
        {
            var own = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var fresh = await own.FindByIdAsync(user.Id.ToString());
            if (fresh is not null)
            {
                await own.AccessFailedAsync(fresh);
            }
        }

        throw new InputException(field, text["Account.Password.Mismatch"]);
    }
}
