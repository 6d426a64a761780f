using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using CoCreation.Web.Infrastructure.Identity;

namespace CoCreation.Web.Tests.Pages;

/// <summary>Two-factor sign-in (TOTP) over HTTP, as a person with an authenticator app does it.</summary>
public sealed class TwoFactorPagesTests(WebFixture portal) : PortalTest(portal)
{
    [Fact]
    public async Task A_staff_member_enrols_with_the_shown_key_gets_recovery_codes_once_and_then_signs_in_with_a_code()
    {
        await Portal.CreateUserAsync("support@example.org", roles: Roles.SupportUnit);
        using var browser = await Portal.SignedInClientAsync("support@example.org");

        var (key, enrolled) = await EnrolAsync(browser);
        var codes = enrolled.QuerySelectorAll(".recovery-codes li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(10, codes.Count);
        Assert.Equal(10, codes.Distinct().Count());
        Assert.Null(enrolled.QuerySelector("#authenticator-key"));

        // Shown once: the page never shows them again.
        var later = await browser.GetAsync("/account/two-factor");
        Assert.Empty(later.QuerySelectorAll(".recovery-codes li"));
        Assert.DoesNotContain(codes[0], later.Body!.TextContent, StringComparison.Ordinal);
        Assert.True(browser.LastResponse!.Headers.CacheControl!.NoStore);
        var audit = await Portal.WithDbAsync(db => db.AuditEntries.Where(e => e.Action == "account.two-factor-enabled").ToListAsync());
        Assert.Equal("support@example.org", Assert.Single(audit).ActorName);

        // Signing in now asks for a code after the password.
        using var again = Portal.CreateClient();
        var second = await again.SignInAsync("support@example.org");
        Assert.Equal("/account/sign-in-two-factor", again.AddressOf(second).AbsolutePath);
        Assert.Null(second.QuerySelector("header form[action='/account/sign-out']"));
        await again.GetAsync("/moderation");
        Assert.Equal("/account/sign-in", again.AddressOf(await again.GetAsync("/moderation")).AbsolutePath);

        var wrong = await again.SubmitAsync(second, "main form", new Dictionary<string, string> { ["Data.Code"] = "000000" });
        Assert.Contains("The code is not correct", wrong.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        var home = await again.SubmitAsync(wrong, "main form", new Dictionary<string, string> { ["Data.Code"] = Totp.Code(key, 1) });
        // Staff without a return address land on what waits for them.
        Assert.Equal("/my-work", again.AddressOf(home).AbsolutePath);
        Assert.NotNull(home.QuerySelector("header form[action='/account/sign-out']"));
        await again.GetAsync("/moderation");
        Assert.Equal(HttpStatusCode.OK, again.Status);

        // A recovery code works once.
        using var phoneLost = Portal.CreateClient();
        var step = await phoneLost.SignInAsync("support@example.org");
        var recovered = await phoneLost.SubmitAsync(
            step,
            "main form",
            new Dictionary<string, string> { ["Data.Code"] = " " + codes[0].ToLowerInvariant() }
        );
        Assert.Equal("/my-work", phoneLost.AddressOf(recovered).AbsolutePath);
        using var reuse = Portal.CreateClient();
        step = await reuse.SignInAsync("support@example.org");
        var refused = await reuse.SubmitAsync(step, "main form", new Dictionary<string, string> { ["Data.Code"] = codes[0] });
        Assert.Equal("/account/sign-in-two-factor", reuse.AddressOf(refused).AbsolutePath);
        Assert.Contains("The code is not correct", refused.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_codes_lock_the_account_like_wrong_passwords_with_the_same_message()
    {
        await Portal.CreateUserAsync("official@example.org", roles: Roles.GovernmentOfficial);
        using (var browser = await Portal.SignedInClientAsync("official@example.org"))
        {
            var (enrolledKey, _) = await EnrolAsync(browser);
            Key = enrolledKey;
        }

        using var attacker = Portal.CreateClient();
        var page = await attacker.SignInAsync("official@example.org");
        var messages = new HashSet<string>();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            page = await attacker.SubmitAsync(
                page,
                "main form",
                new Dictionary<string, string> { ["Data.Code"] = attempt % 2 == 0 ? "123456" : "not-a-recovery-code" }
            );
            messages.Add(page.QuerySelector("[role=alert]")!.TextContent.Trim());
        }

        var locked = await attacker.SubmitAsync(page, "main form", new Dictionary<string, string> { ["Data.Code"] = Totp.Code(Key!, 1) });
        messages.Add(locked.QuerySelector("[role=alert]")!.TextContent.Trim());
        Assert.Single(messages);
        Assert.Null(locked.QuerySelector("header form[action='/account/sign-out']"));
        Assert.True(await Portal.WithDbAsync(db => db.Users.Select(u => u.LockoutEnd).SingleAsync()) > DateTimeOffset.UtcNow);

        // The password step of a locked account answers as for any wrong password.
        using var later = Portal.CreateClient();
        var refused = await later.SignInAsync("official@example.org");
        Assert.Equal("/account/sign-in", later.AddressOf(refused).AbsolutePath);
        Assert.Contains("temporarily locked", refused.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
    }

    private string? Key { get; set; }

    [Fact]
    public async Task A_wrong_confirmation_code_keeps_two_factor_off_and_disabling_needs_the_password_and_is_audited()
    {
        await Portal.CreateUserAsync("official@example.org", roles: Roles.GovernmentOfficial);
        using var browser = await Portal.SignedInClientAsync("official@example.org");
        var page = await browser.GetAsync("/account/two-factor");
        page = await browser.SubmitAsync(
            page,
            "main form[action*='handler=SetUp']",
            new Dictionary<string, string> { ["SetUp.Password"] = TestAccounts.Password }
        );
        var shownKey = page.QuerySelector("#authenticator-key")!.TextContent;
        Assert.StartsWith("data:image/svg+xml;base64,", page.QuerySelector("img.qr-code")!.GetAttribute("src"), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("img.qr-code")!.GetAttribute("alt")));

        var refused = await browser.SubmitAsync(
            page,
            "main form[action*='handler=Enable']",
            new Dictionary<string, string> { ["Enable.Code"] = "999999", ["Enable.Password"] = TestAccounts.Password }
        );
        Assert.Equal(
            "This code is not right. Check that the phone’s clock is correct and type the code the app shows now.",
            refused.QuerySelector("#Enable_Code-error")!.TextContent.Trim()
        );
        Assert.Equal("999999", refused.QuerySelector<IHtmlInputElement>("#Enable_Code")!.Value);
        Assert.False(await Portal.WithDbAsync(db => db.Users.Select(u => u.TwoFactorEnabled).SingleAsync()));

        var enabled = await browser.SubmitAsync(
            refused,
            "main form[action*='handler=Enable']",
            new Dictionary<string, string> { ["Enable.Code"] = Totp.Code(shownKey), ["Enable.Password"] = TestAccounts.Password }
        );
        Assert.Equal(10, enabled.QuerySelectorAll(".recovery-codes li").Length);

        var wrongPassword = await browser.SubmitAsync(
            enabled,
            "main form[action*='handler=Disable']",
            new Dictionary<string, string> { ["Disable.Password"] = "not my password at all" }
        );
        Assert.Equal("The current password is not correct.", wrongPassword.QuerySelector("#Disable_Password-error")!.TextContent.Trim());
        Assert.True(await Portal.WithDbAsync(db => db.Users.Select(u => u.TwoFactorEnabled).SingleAsync()));

        var disabled = await browser.SubmitAsync(
            wrongPassword,
            "main form[action*='handler=Disable']",
            new Dictionary<string, string> { ["Disable.Password"] = TestAccounts.Password }
        );
        Assert.Contains("disabled=True", browser.AddressOf(disabled).Query, StringComparison.Ordinal);
        Assert.False(await Portal.WithDbAsync(db => db.Users.Select(u => u.TwoFactorEnabled).SingleAsync()));
        Assert.Equal(["account.two-factor-enabled", "account.two-factor-disabled"], await Audited.ActionsAsync(Portal));

        using var next = Portal.CreateClient();
        var home = await next.SignInAsync("official@example.org");
        Assert.Equal("/my-work", next.AddressOf(home).AbsolutePath);
    }

    [Fact]
    public async Task When_an_administrator_requires_it_staff_without_two_factor_are_sent_to_enrol_first_and_participants_are_not()
    {
        await Portal.CreateUserAsync("admin@example.org", roles: Roles.Administrator);
        await Portal.CreateUserAsync("support@example.org", roles: Roles.SupportUnit);
        await Portal.CreateUserAsync("amina@example.org", roles: Roles.Participant);
        using var admin = await Portal.SignedInClientAsync("admin@example.org");
        using var support = await Portal.SignedInClientAsync("support@example.org");
        using var participant = await Portal.SignedInClientAsync("amina@example.org");

        var settings = await admin.GetAsync("/admin/security");
        Assert.Contains("0 of 2 staff accounts", settings.QuerySelector("main p")!.TextContent, StringComparison.Ordinal);
        var saved = await admin.SubmitAsync(settings, "main form", new Dictionary<string, string> { ["RequireStaffTwoFactor"] = "true" });
        var entry = await Portal.WithDbAsync(db => db.AuditEntries.SingleAsync());
        Assert.Equal(
            ("security.staff-two-factor-required", "admin@example.org", """{"required": false}""", """{"required": true}"""),
            (entry.Action, entry.ActorName, entry.Before, entry.After)
        );

        // The administrator's own next page is the enrolment, and so is the support unit's.
        Assert.Equal("/account/two-factor", admin.AddressOf(saved).AbsolutePath);
        Assert.NotNull(saved.QuerySelector("[role=alert]"));
        var moderation = await support.GetAsync("/moderation");
        Assert.Equal("/account/two-factor", support.AddressOf(moderation).AbsolutePath);
        Assert.Contains(
            "require two-factor sign-in for staff",
            moderation.QuerySelector("[role=alert]")!.TextContent,
            StringComparison.Ordinal
        );
        var mine = await participant.GetAsync("/submissions/mine");
        Assert.Equal("/submissions/mine", participant.AddressOf(mine).AbsolutePath);

        // Once enrolled, the support unit works again.
        await EnrolAsync(support, moderation);
        await support.GetAsync("/moderation");
        Assert.Equal("/moderation", support.LastResponse!.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, support.Status);

        // The administrator enrols too and lifts the requirement; audited again.
        await EnrolAsync(admin, saved);
        settings = await admin.GetAsync("/admin/security");
        Assert.Contains("2 of 2 staff accounts", settings.QuerySelector("main p")!.TextContent, StringComparison.Ordinal);
        await admin.SubmitAsync(settings, "main form", new Dictionary<string, string> { ["RequireStaffTwoFactor"] = "false" });
        Assert.Equal(2, await Portal.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == "security.staff-two-factor-required")));
        Assert.False(await Portal.WithDbAsync(db => db.SecuritySettings.Select(s => s.RequireStaffTwoFactor).SingleAsync()));
    }

    [Fact]
    public async Task An_administrator_resets_a_lost_authenticator_which_ends_the_sessions_and_is_audited()
    {
        await Portal.CreateUserAsync("admin@example.org", roles: Roles.Administrator);
        var (official, _) = await Portal.CreateUserAsync("official@example.org", roles: Roles.GovernmentOfficial);
        using var officialBrowser = await Portal.SignedInClientAsync("official@example.org");
        await EnrolAsync(officialBrowser);
        using var admin = await Portal.SignedInClientAsync("admin@example.org");

        var account = await admin.GetAsync($"/admin/accounts/{official.Id}");
        await admin.SubmitAsync(account, "main form[action*='handler=ResetTwoFactor']", new Dictionary<string, string>());
        Assert.False(
            await Portal.WithDbAsync(db => db.Users.Where(u => u.Id == official.Id).Select(u => u.TwoFactorEnabled).SingleAsync())
        );
        Assert.Equal(
            "account.two-factor-reset",
            await Portal.WithDbAsync(db => db.AuditEntries.OrderBy(e => e.Id).Select(e => e.Action).LastAsync())
        );
        var signedOut = await officialBrowser.GetAsync("/answers");
        Assert.Equal("/account/sign-in", officialBrowser.AddressOf(signedOut).AbsolutePath);
    }

    /// <summary>Sets up two-factor from the two-factor page, typing the code an app would show for the key on screen.</summary>
    internal static async Task<(string Key, IHtmlDocument Page)> EnrolAsync(PortalClient browser, IHtmlDocument? page = null)
    {
        page ??= await browser.GetAsync("/account/two-factor");
        page = await browser.SubmitAsync(
            page,
            "main form[action*='handler=SetUp']",
            new Dictionary<string, string> { ["SetUp.Password"] = TestAccounts.Password }
        );
        var key = page.QuerySelector("#authenticator-key")!.TextContent;
        var enrolled = await browser.SubmitAsync(
            page,
            "main form[action*='handler=Enable']",
            new Dictionary<string, string> { ["Enable.Code"] = Totp.Code(key), ["Enable.Password"] = TestAccounts.Password }
        );
        Assert.NotEmpty(enrolled.QuerySelectorAll(".recovery-codes li"));
        return (key, enrolled);
    }
}
