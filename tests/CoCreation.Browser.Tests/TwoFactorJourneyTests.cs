using System.Text.RegularExpressions;
using CoCreation.Testing;
using CoCreation.Web.Infrastructure.Identity;
using Microsoft.Playwright;

namespace CoCreation.Browser.Tests;

/// <summary>A support-unit member required to use two-factor sets it up
/// with the key on screen, signs out, and signs in with a code.</summary>
public sealed class TwoFactorJourneyTests(BrowserFixture portal) : BrowserTest(portal)
{
    [Fact]
    public async Task Required_two_factor_is_set_up_from_the_shown_key_and_then_asked_at_sign_in()
    {
        var (admin, adminPrincipal) = await Portal.CreateUserAsync("admin@example.org", roles: Roles.Administrator);
        await Portal.CreateUserAsync("support@example.org", roles: Roles.SupportUnit);
        await Portal.SendAsync(new Web.Features.Admin.RequireTwoFactor.Command(true), adminPrincipal);
        Assert.NotEqual(Guid.Empty, admin.Id);

        await Page.SignInAsync("support@example.org");
        // Sent to set it up before anything else.
        Assert.Equal("/account/two-factor", new Uri(Page.Url).AbsolutePath);
        await Assertions.Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("require two-factor sign-in");
        await AssertAccessibleAsync();

        await Page.GetByLabel("Password").FillAsync(TestAccounts.Password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Set up two-factor sign-in" }).ClickAsync();
        await Assertions
            .Expect(Page.GetByRole(AriaRole.Img, new() { Name = "QR code holding the authenticator key shown as text below" }))
            .ToBeVisibleAsync();
        await AssertAccessibleAsync();
        // The key a person types when the QR code cannot be scanned; the page is already shown (the QR code is visible).
        var key = await Page.GetByRole(AriaRole.Code).InnerTextAsync();

        await Page.GetByLabel("Code").FillAsync("000000");
        await Page.GetByLabel("Password").FillAsync(TestAccounts.Password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Turn on two-factor sign-in" }).ClickAsync();
        await Assertions.Expect(Page.GetByLabel("Code")).ToHaveAccessibleDescriptionAsync(new Regex("This code is not right"));
        await AssertAccessibleAsync();

        await Page.GetByLabel("Code").FillAsync(Totp.Code(key));
        await Page.GetByLabel("Password").FillAsync(TestAccounts.Password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Turn on two-factor sign-in" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Keep your recovery codes");
        await Assertions.Expect(Page.GetByRole(AriaRole.Status).GetByRole(AriaRole.Listitem)).ToHaveCountAsync(10);
        await AssertAccessibleAsync();

        await Page.GetByRole(AriaRole.Link, new() { Name = "Moderation" }).ClickAsync();
        Assert.Equal("/moderation", new Uri(Page.Url).AbsolutePath);

        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign out (support@example.org)" }).ClickAsync();
        await Page.SignInAsync("support@example.org");
        Assert.Equal("/account/sign-in-two-factor", new Uri(Page.Url).AbsolutePath);
        await AssertAccessibleAsync();
        await Page.GetByLabel("Code").FillAsync(Totp.Code(key, 1));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Sign out (support@example.org)" })).ToBeVisibleAsync();

        await Page.GotoAsync("/admin/security");
        Assert.Equal("/account/access-denied", new Uri(Page.Url).AbsolutePath);
    }

    [Fact]
    public async Task The_security_settings_page_is_accessible_in_french()
    {
        await Portal.CreateUserAsync("admin@example.org", roles: Roles.Administrator);
        await Page.ChooseLanguageAsync("fr", "/account/sign-in");
        await Page.GetByLabel("Adresse e-mail").FillAsync("admin@example.org");
        await Page.GetByLabel("Mot de passe").FillAsync(TestAccounts.Password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await Page.GotoAsync("/admin/security");
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Paramètres de sécurité" })).ToBeVisibleAsync();
        await AssertAccessibleAsync();
        await Page.GetByLabel("Exiger la connexion à deux facteurs pour les comptes du personnel").CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
        Assert.Equal("/account/two-factor", new Uri(Page.Url).AbsolutePath);
        await AssertAccessibleAsync();
    }
}
