using CoCreation.Web.Features.Account;
using CoCreation.Web.Infrastructure.Identity;
using CoCreation.Web.Infrastructure.Mediator;

namespace CoCreation.Web.Tests.Features.Account;

public sealed class RegisterTests(WebFixture portal) : PortalTest(portal)
{
    [Fact]
    public async Task A_new_participant_is_stored_unconfirmed_and_emailed_a_confirmation_link()
    {
        await Portal.SendAsync(NewAccount("amina@example.org"));

        var user = await Portal.WithDbAsync(db => db.Users.SingleAsync());
        Assert.False(user.EmailConfirmed);
        Assert.Equal("Amina", user.DisplayName);
        Assert.Equal("Transparency Club", user.Organisation);
        var mail = await Portal.Smtp.WaitForAsync("amina@example.org");
        Assert.Contains("/account/confirm-email?userId=" + user.Id, mail.TextBody, StringComparison.Ordinal);
        var roles = await Portal.WithDbAsync(db =>
            db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name).ToListAsync()
        );
        Assert.Equal([Roles.Participant], roles);
    }

    [Fact]
    public async Task Registering_an_existing_address_answers_the_same_and_warns_its_owner_by_email()
    {
        await Portal.CreateUserAsync("amina@example.org");

        await Portal.SendAsync(NewAccount("AMINA@example.org"));

        Assert.Equal(1, await Portal.WithDbAsync(db => db.Users.CountAsync()));
        var warning = await Portal.Smtp.WaitForAsync("AMINA@example.org");
        Assert.Contains("/account/forgot-password", warning.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("confirm-email", warning.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Registering_again_before_confirming_sends_a_new_confirmation_link()
    {
        await Portal.SendAsync(NewAccount("amina@example.org"));
        await Portal.Smtp.WaitForAsync("amina@example.org");
        Portal.Smtp.Clear();

        await Portal.SendAsync(NewAccount("amina@example.org"));

        var again = await Portal.Smtp.WaitForAsync("amina@example.org");
        Assert.Contains("/account/confirm-email?userId=", again.TextBody, StringComparison.Ordinal);
        Assert.Equal(1, await Portal.WithDbAsync(db => db.Users.CountAsync()));
    }

    [Theory]
    [InlineData("short pass", "Password")]
    [InlineData("password1234", "Password")]
    [InlineData("aaaaaaaaaaaaaaaa", "Password")]
    [InlineData("amina-the-activist", "Password")]
    public async Task Weak_passwords_are_refused_the_same_way_for_new_and_known_addresses(string password, string field)
    {
        var refusedNew = await Assert.ThrowsAsync<InputException>(() =>
            Portal.SendAsync(NewAccount("amina-the-activist@example.org", password))
        );
        await Portal.CreateUserAsync("known@example.org");
        var refusedKnown = await Assert.ThrowsAsync<InputException>(() =>
            Portal.SendAsync(
                NewAccount("known@example.org", password.Replace("amina-the-activist", "known-person", StringComparison.Ordinal))
            )
        );

        Assert.Contains(field, refusedNew.Errors.Keys);
        Assert.Contains(field, refusedKnown.Errors.Keys);
        Assert.Equal(1, await Portal.WithDbAsync(db => db.Users.CountAsync()));
    }

    [Fact]
    public async Task A_malformed_address_and_different_confirmation_are_refused_per_field()
    {
        var command = NewAccount("not-an-email");
        command.ConfirmPassword = "something else entirely";

        var refused = await Assert.ThrowsAsync<InputException>(() => Portal.SendAsync(command));

        Assert.Contains("Email", refused.Errors.Keys);
        Assert.Contains("ConfirmPassword", refused.Errors.Keys);
    }

    internal static Register.Command NewAccount(string email, string password = "rivers and mountains of data") =>
        new()
        {
            Email = email,
            DisplayName = "Amina",
            Organisation = "Transparency Club",
            Password = password,
            ConfirmPassword = password,
        };
}
