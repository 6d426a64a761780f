using CoCreation.Web.Features.Account;

namespace CoCreation.Web.Tests.Features.Account;

public sealed class SignInTests(WebFixture portal) : PortalTest(portal)
{
    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_and_then_even_the_right_one_is_refused_with_the_same_words()
    {
        await Portal.CreateUserAsync("official@example.org");
        Assert.Equal(
            SignIn.Result.Failed,
            await Portal.SendAsync(new SignIn.Command { Email = "nobody@example.org", Password = "whatever it may be" })
        );

        for (var attempt = 0; attempt < 5; attempt++)
        {
            Assert.Equal(
                SignIn.Result.Failed,
                await Portal.SendAsync(new SignIn.Command { Email = "official@example.org", Password = "not the password at all" })
            );
        }

        Assert.Equal(
            SignIn.Result.Failed,
            await Portal.SendAsync(new SignIn.Command { Email = "official@example.org", Password = Testing.TestAccounts.Password })
        );
        Assert.NotNull(await Portal.WithDbAsync(db => db.Users.Select(u => u.LockoutEnd).SingleAsync()));
    }
}
