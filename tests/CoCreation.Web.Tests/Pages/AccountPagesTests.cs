using AngleSharp.Dom;
using CoCreation.Web.Tests.Features.Account;

namespace CoCreation.Web.Tests.Pages;

/// <summary>The account forms over HTTP, as a browser without JavaScript submits them.</summary>
public sealed class AccountPagesTests(WebFixture portal) : PortalTest(portal)
{
    [Fact]
    public async Task A_person_registers_confirms_from_the_email_and_signs_in()
    {
        using var browser = Portal.CreateClient();
        var sent = await browser.SendFormAsync(
            "/account/register",
            new Dictionary<string, string>
            {
                ["Data.Email"] = "amina@example.org",
                ["Data.DisplayName"] = "Amina",
                ["Data.Password"] = "rivers and mountains of data",
                ["Data.ConfirmPassword"] = "rivers and mountains of data",
            }
        );
        Assert.Equal("/account/register?sent=True", browser.AddressOf(sent).PathAndQuery);
        Assert.NotNull(sent.QuerySelector("[role=status]"));

        var mail = await Portal.Smtp.WaitForAsync("amina@example.org");
        var link = ConfirmEmailTests.ConfirmLink().Match(mail.TextBody!);
        var confirmPage = await browser.GetAsync(link.Value.Replace("confirm-email", "/account/confirm-email", StringComparison.Ordinal));
        Assert.False(await Portal.WithDbAsync(db => db.Users.Select(u => u.EmailConfirmed).SingleAsync()));
        var confirmed = await browser.SubmitAsync(confirmPage, "main form", new Dictionary<string, string>());
        Assert.Contains("confirmed=True", browser.AddressOf(confirmed).Query, StringComparison.Ordinal);
        Assert.True(await Portal.WithDbAsync(db => db.Users.Select(u => u.EmailConfirmed).SingleAsync()));

        var home = await browser.SignInAsync("amina@example.org", "rivers and mountains of data");
        Assert.Equal("/", browser.AddressOf(home).AbsolutePath);
        Assert.Contains(
            "amina@example.org",
            home.QuerySelector("header form[action='/account/sign-out'] button")!.TextContent,
            StringComparison.Ordinal
        );
        var cookie = browser.LastResponse!.RequestMessage!.Headers.TryGetValues("Cookie", out var cookies) ? string.Join(";", cookies) : "";
        Assert.Contains("__Host-cocreation=", cookie, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_person_chooses_on_their_account_page_the_language_every_email_to_them_uses()
    {
        await Portal.CreateUserAsync("amina@example.org");
        using var amina = await Portal.SignedInClientAsync("amina@example.org");
        var home = await amina.GetAsync("/");
        var settings = await amina.GetAsync(home.QuerySelector("header a[href='/account']")!.GetAttribute("href")!);
        Assert.Equal("en", settings.QuerySelector("select[name='Data.PreferredLanguage'] option[selected]")!.GetAttribute("value"));

        var refused = await amina.SubmitAsync(
            settings,
            "main form",
            new Dictionary<string, string>
            {
                ["Data.DisplayName"] = "",
                ["Data.Organisation"] = "Datos Abiertos",
                ["Data.PreferredLanguage"] = "fr",
            }
        );
        Assert.Equal("Datos Abiertos", refused.QuerySelector("input[name='Data.Organisation']")!.GetAttribute("value"));
        Assert.Equal("en", await Portal.WithDbAsync(db => db.Users.Select(u => u.PreferredLanguage).SingleAsync()));
        var saved = await amina.SubmitAsync(refused, "main form", new Dictionary<string, string> { ["Data.DisplayName"] = "Amina K." });
        Assert.NotNull(saved.QuerySelector("[role=status]"));

        // The next email, asked for from an English page, is French.
        using var anyone = Portal.CreateClient();
        var forgot = await anyone.GetAsync("/account/forgot-password", "en");
        await anyone.SubmitAsync(forgot, "main form", new Dictionary<string, string> { ["Data.Email"] = "amina@example.org" });
        var mail = await Portal.Smtp.WaitForAsync("amina@example.org");
        Assert.Equal("Choisissez un nouveau mot de passe", mail.Subject);
        Assert.Contains("Bonjour Amina K.", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Session_cookie_is_host_prefixed_secure_httponly_and_lax()
    {
        await Portal.CreateUserAsync("amina@example.org");
        using var browser = Portal.CreateClient(followRedirects: false);
        await browser.SignInAsync("amina@example.org");

        Assert.Equal(HttpStatusCode.Redirect, browser.Status);
        var setCookie = Assert.Single(browser.LastResponse!.Headers.GetValues("Set-Cookie"), c =>
            c.StartsWith("__Host-cocreation=", StringComparison.Ordinal)
        );
        Assert.Contains("secure", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("domain=", setCookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_wrong_password_keeps_the_email_typed_shows_one_message_and_locks_after_five()
    {
        await Portal.CreateUserAsync("official@example.org");
        using var browser = Portal.CreateClient();

        AngleSharp.Html.Dom.IHtmlDocument page = await browser.GetAsync("/account/sign-in");
        for (var attempt = 0; attempt < 5; attempt++)
        {
            page = await browser.SubmitAsync(
                page,
                "main form",
                new Dictionary<string, string> { ["Data.Email"] = "official@example.org", ["Data.Password"] = "definitely not it" }
            );
            Assert.Equal(HttpStatusCode.OK, browser.Status);
            Assert.Equal("official@example.org", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Data_Email")!.Value);
            Assert.Equal("", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Data_Password")!.Value);
        }

        var locked = await browser.SubmitAsync(
            page,
            "main form",
            new Dictionary<string, string> { ["Data.Email"] = "official@example.org", ["Data.Password"] = Testing.TestAccounts.Password }
        );
        Assert.Contains("temporarily locked", locked.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(locked.QuerySelector("header form[action='/account/sign-out']"));
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused_and_changes_nothing()
    {
        using var browser = Portal.CreateClient();

        await browser.PostAsync(
            "/account/register",
            new Dictionary<string, string>
            {
                ["Data.Email"] = "forged@example.org",
                ["Data.DisplayName"] = "Forged",
                ["Data.Password"] = "rivers and mountains of data",
                ["Data.ConfirmPassword"] = "rivers and mountains of data",
            }
        );

        Assert.Equal(HttpStatusCode.BadRequest, browser.Status);
        Assert.Equal(0, await Portal.WithDbAsync(db => db.Users.CountAsync()));
    }

    [Fact]
    public async Task Validation_messages_come_in_french_for_a_french_visitor_and_keep_what_was_typed()
    {
        using var browser = Portal.CreateClient();
        await browser.ChooseLanguageAsync("fr", "/account/register");
        var form = await browser.GetAsync("/account/register");
        Assert.Equal("fr", form.DocumentElement.GetAttribute("lang"));

        var refused = await browser.SubmitAsync(
            form,
            "main form",
            new Dictionary<string, string>
            {
                ["Data.Email"] = "pas-une-adresse",
                ["Data.DisplayName"] = "",
                ["Data.Organisation"] = "Club de la transparence",
                ["Data.Password"] = "court",
                ["Data.ConfirmPassword"] = "autre",
            }
        );

        Assert.Equal(HttpStatusCode.OK, browser.Status);
        Assert.Equal(
            "Saisissez une adresse e-mail valide, p. ex. name@example.org.",
            refused.QuerySelector("#Data_Email-error")!.TextContent.Trim()
        );
        Assert.Equal("Ce champ est obligatoire.", refused.QuerySelector("#Data_DisplayName-error")!.TextContent.Trim());
        Assert.Equal("Club de la transparence", refused.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Data_Organisation")!.Value);
        Assert.Equal("true", refused.QuerySelector("#Data_Email")!.GetAttribute("aria-invalid"));
        Assert.Contains(
            "Data_Email-error",
            refused.QuerySelector("#Data_Email")!.GetAttribute("aria-describedby"),
            StringComparison.Ordinal
        );
        Assert.Equal(0, await Portal.WithDbAsync(db => db.Users.CountAsync()));
    }

    [Fact]
    public async Task Changing_the_password_signs_out_the_other_sessions_but_not_this_one()
    {
        await Portal.CreateUserAsync("amina@example.org");
        using var laptop = Portal.CreateClient();
        using var phone = Portal.CreateClient();
        await SignInAsync(laptop);
        await SignInAsync(phone);

        var done = await laptop.SendFormAsync(
            "/account/change-password",
            new Dictionary<string, string>
            {
                ["Data.CurrentPassword"] = Testing.TestAccounts.Password,
                ["Data.NewPassword"] = "a completely new passphrase",
                ["Data.ConfirmPassword"] = "a completely new passphrase",
            }
        );
        Assert.Contains("done=True", laptop.AddressOf(done).Query, StringComparison.Ordinal);

        var laptopPage = await laptop.GetAsync("/account/change-password");
        Assert.Equal("/account/change-password", laptop.AddressOf(laptopPage).AbsolutePath);
        var phonePage = await phone.GetAsync("/account/change-password");
        Assert.Equal("/account/sign-in", phone.AddressOf(phonePage).AbsolutePath);
    }

    [Fact]
    public async Task The_language_link_remembers_the_choice_and_only_returns_to_local_addresses()
    {
        using var browser = Portal.CreateClient(followRedirects: false);

        await browser.GetAsync("/language/es?returnUrl=https://evil.example/phish");
        Assert.Equal("/", browser.LastResponse!.Headers.Location!.OriginalString);
        Assert.Contains(browser.LastResponse.Headers.GetValues("Set-Cookie"), c =>
            c.StartsWith("__Host-lang=c%3Des", StringComparison.Ordinal)
        );

        var members = await browser.GetAsync("/members");
        Assert.Equal("es", members.DocumentElement.GetAttribute("lang"));
        await browser.GetAsync("/language/xx");
        Assert.Equal(HttpStatusCode.NotFound, browser.Status);
    }

    private static async Task SignInAsync(Testing.PortalClient browser)
    {
        var home = await browser.SignInAsync("amina@example.org");
        Assert.NotNull(home.QuerySelector("header form[action='/account/sign-out']"));
    }
}

/// <summary>No account enumeration (ASVS V6.3.8): the pages answer alike for known and unknown addresses.</summary>
public sealed class AccountEnumerationTests(WebFixture portal) : PortalTest(portal)
{
    [Theory]
    [InlineData("/account/forgot-password")]
    [InlineData("/account/register")]
    [InlineData("/account/sign-in")]
    public async Task The_page_answers_the_same_for_a_known_and_an_unknown_address(string form)
    {
        await Portal.CreateUserAsync("known@example.org");
        string Answer(AngleSharp.Html.Dom.IHtmlDocument page, Testing.PortalClient client)
        {
            var main = page.QuerySelector("main")!
                .TextContent.Replace("known@example.org", "X", StringComparison.Ordinal)
                .Replace("unknown@example.org", "X", StringComparison.Ordinal);
            return $"{(int)client.Status} {client.AddressOf(page).PathAndQuery} {main}";
        }

        var answers = new List<string>();
        foreach (var email in new[] { "known@example.org", "unknown@example.org" })
        {
            using var browser = Portal.CreateClient();
            var page = await browser.GetAsync(form);
            var values = new Dictionary<string, string>
            {
                ["Data.Email"] = email,
                ["Data.Password"] = "a wrong but long passphrase",
                ["Data.ConfirmPassword"] = "a wrong but long passphrase",
                ["Data.DisplayName"] = "Someone",
            };
            var answer = await browser.SubmitAsync(page, "main form", values);
            answers.Add(Answer(answer, browser));
        }

        Assert.Equal(answers[0], answers[1]);
    }
}
