using AngleSharp.Html.Dom;
using CoCreation.Web.Infrastructure.Identity;

namespace CoCreation.Web.Tests.Pages;

/// <summary>
/// The password typed again on the forms that a stolen session alone must not use: deleting the account,
/// changing the password, starting, turning on and turning off two-factor sign-in (security review, findings 2 and 3).
/// </summary>
public sealed class ConfirmingPasswordTests(WebFixture portal) : PortalTest(portal)
{
    public static TheoryData<string, string, string, string[]> Forms =>
        new()
        {
            { "/account/delete", "main form", "Data.Password", [] },
            { "/account/change-password", "main form", "Data.CurrentPassword", ["Data.NewPassword", "Data.ConfirmPassword"] },
            { "/account/two-factor", "main form[action*='handler=SetUp']", "SetUp.Password", [] },
        };

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task Wrong_passwords_count_towards_lockout_and_then_even_the_right_one_is_refused(
        string path,
        string form,
        string field,
        string[] newPasswordFields
    )
    {
        var (user, _) = await Portal.CreateUserAsync("amina@example.org", roles: Roles.Participant);
        using var thief = await Portal.SignedInClientAsync("amina@example.org");
        var stampBefore = await Portal.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => u.PasswordHash).SingleAsync());

        var page = await thief.GetAsync(path);
        for (var guess = 1; guess <= 5; guess++)
        {
            page = await thief.SubmitAsync(page, form, Fields(field, $"a wrong guess number {guess}", newPasswordFields));
            Assert.Equal(HttpStatusCode.OK, thief.Status);
            var count = await Portal.WithDbAsync(db =>
                db.Users.Where(u => u.Id == user.Id).Select(u => new { u.AccessFailedCount, u.LockoutEnd }).SingleAsync()
            );
            if (guess < 5)
            {
                // Kept although the refusal rolled the form's own transaction back.
                Assert.Equal(guess, count.AccessFailedCount);
                Assert.Equal("The current password is not correct.", ErrorOf(page, field));
            }
            else
            {
                Assert.True(count.LockoutEnd > DateTimeOffset.UtcNow);
            }
        }

        // Locked: the right password is refused as well, and nothing was done.
        page = await thief.SubmitAsync(page, form, Fields(field, TestAccounts.Password, newPasswordFields));
        Assert.Equal("Too many wrong passwords: this account is locked for a while. Try again later.", ErrorOf(page, field));
        var after = await Portal.WithDbAsync(db =>
            db.Users.Where(u => u.Id == user.Id).Select(u => new { u.PasswordHash, u.TwoFactorEnabled }).SingleOrDefaultAsync()
        );
        Assert.NotNull(after);
        Assert.Equal(stampBefore, after.PasswordHash);
        Assert.Null(
            await Portal.WithDbAsync(db =>
                db.UserTokens.Where(t => t.UserId == user.Id && t.Name == "AuthenticatorKey").Select(t => t.Value).SingleOrDefaultAsync()
            )
        );
    }

    [Fact]
    public async Task Changing_the_password_with_the_right_one_still_works_and_signs_in_with_the_new_one()
    {
        await Portal.CreateUserAsync("amina@example.org", roles: Roles.Participant);
        using var browser = await Portal.SignedInClientAsync("amina@example.org");
        var tooShort = await browser.SendFormAsync(
            "/account/change-password",
            new Dictionary<string, string>
            {
                ["Data.CurrentPassword"] = TestAccounts.Password,
                ["Data.NewPassword"] = "short",
                ["Data.ConfirmPassword"] = "short",
            }
        );
        Assert.Equal("Use at least 12 characters.", ErrorOf(tooShort, "Data.NewPassword"));

        await browser.SubmitAsync(
            tooShort,
            "main form",
            new Dictionary<string, string>
            {
                ["Data.CurrentPassword"] = TestAccounts.Password,
                ["Data.NewPassword"] = "a brand new passphrase 2017",
                ["Data.ConfirmPassword"] = "a brand new passphrase 2017",
            }
        );
        Assert.Equal(0, await Portal.WithDbAsync(db => db.Users.Select(u => u.AccessFailedCount).SingleAsync()));

        using var next = Portal.CreateClient();
        var home = await next.SignInAsync("amina@example.org", "a brand new passphrase 2017");
        Assert.Equal("/", next.AddressOf(home).AbsolutePath);
    }

    [Fact]
    public async Task Starting_and_turning_on_two_factor_ask_for_the_password_so_a_stolen_session_cannot_enrol_its_own_authenticator()
    {
        await Portal.CreateUserAsync("support@example.org", roles: Roles.SupportUnit);
        using var thief = await Portal.SignedInClientAsync("support@example.org");
        var page = await thief.GetAsync("/account/two-factor");

        var refused = await thief.SubmitAsync(page, "main form[action*='handler=SetUp']", new Dictionary<string, string>());
        Assert.Equal("This field is required.", ErrorOf(refused, "SetUp.Password"));
        Assert.Null(refused.QuerySelector("#authenticator-key"));
        refused = await thief.SubmitAsync(
            refused,
            "main form[action*='handler=SetUp']",
            new Dictionary<string, string> { ["SetUp.Password"] = "not the password at all" }
        );
        Assert.Equal("The current password is not correct.", ErrorOf(refused, "SetUp.Password"));
        Assert.Null(refused.QuerySelector("#authenticator-key"));

        var started = await thief.SubmitAsync(
            refused,
            "main form[action*='handler=SetUp']",
            new Dictionary<string, string> { ["SetUp.Password"] = TestAccounts.Password }
        );
        var key = started.QuerySelector("#authenticator-key")!.TextContent;
        var noPassword = await thief.SubmitAsync(
            started,
            "main form[action*='handler=Enable']",
            new Dictionary<string, string> { ["Enable.Code"] = Totp.Code(key) }
        );
        Assert.Equal("This field is required.", ErrorOf(noPassword, "Enable.Password"));
        Assert.False(await Portal.WithDbAsync(db => db.Users.Select(u => u.TwoFactorEnabled).SingleAsync()));
    }

    [Fact]
    public async Task A_new_installation_requires_two_factor_of_staff_until_an_administrator_relaxes_it()
    {
        // No settings row: what a new installation has (the fixture relaxes it for the other suites).
        await Portal.WithDbAsync(db => db.SecuritySettings.ExecuteDeleteAsync());
        await Portal.CreateUserAsync("support@example.org", roles: Roles.SupportUnit);
        await Portal.CreateUserAsync("amina@example.org", roles: Roles.Participant);
        using var support = await Portal.SignedInClientAsync("support@example.org");
        using var participant = await Portal.SignedInClientAsync("amina@example.org");

        var moderation = await support.GetAsync("/moderation");
        Assert.Equal("/account/two-factor", support.AddressOf(moderation).AbsolutePath);
        var mine = await participant.GetAsync("/submissions/mine");
        Assert.Equal("/submissions/mine", participant.AddressOf(mine).AbsolutePath);
    }

    [Theory]
    [InlineData("/account/change-password", "main form", "Data.CurrentPassword")]
    [InlineData("/account/two-factor", "main form[action*='handler=SetUp']", "SetUp.Password")]
    public async Task The_forms_that_ask_for_the_password_are_rate_limited_like_sign_in(string path, string form, string field)
    {
        await Portal.CreateUserAsync("amina@example.org", roles: Roles.Participant);
        await using var factory = Portal.SecondPortal(
            new Dictionary<string, string?>
            {
                ["Portal:RateLimits:AccountPermitLimit"] = "3",
                ["Portal:RateLimits:AccountWindow"] = "00:10:00",
            }
        );
        using var browser = await factory.SignedInClientAsync("amina@example.org");

        var page = await browser.GetAsync(path);
        for (var attempt = 0; attempt < 3; attempt++)
        {
            page = await browser.SubmitAsync(page, form, new Dictionary<string, string> { [field] = "a wrong guess " + attempt });
            Assert.Equal(HttpStatusCode.OK, browser.Status);
        }

        await browser.SubmitAsync(page, form, new Dictionary<string, string> { [field] = "a wrong guess again" });
        Assert.Equal(HttpStatusCode.TooManyRequests, browser.Status);
        Assert.True(browser.LastResponse!.Headers.Contains("Retry-After"));
    }

    private static Dictionary<string, string> Fields(string field, string password, string[] newPasswordFields)
    {
        var fields = new Dictionary<string, string> { [field] = password };
        foreach (var other in newPasswordFields)
        {
            fields[other] = "a brand new passphrase 2017";
        }

        return fields;
    }

    private static string? ErrorOf(IHtmlDocument page, string field) =>
        page.QuerySelector($"#{field.Replace('.', '_')}-error")?.TextContent.Trim();
}
