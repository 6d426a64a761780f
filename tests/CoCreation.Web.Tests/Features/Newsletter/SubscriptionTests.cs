using CoCreation.Domain.Newsletter;
using CoCreation.Web.Features.Newsletter;
using CoCreation.Web.Infrastructure.Mediator;

namespace CoCreation.Web.Tests.Features.Newsletter;

public sealed class SubscriptionTests(WebFixture portal) : PortalTest(portal)
{
    [Fact]
    public async Task A_visitor_subscribes_in_french_and_is_a_reader_only_once_the_emailed_link_is_confirmed_with_the_button()
    {
        using var client = Portal.CreateClient();
        var page = await client.GetAsync("/newsletter", "fr");
        var done = await client.SubmitAsync(
            page,
            "main form",
            new Dictionary<string, string> { ["Data.Email"] = "Claire@Example.org", ["Data.Language"] = "fr" }
        );
        Assert.Contains("open the email we sent you", done.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await Portal.WithDbAsync(db => db.Subscribers.CountAsync()));

        var email = await Portal.Smtp.WaitForAsync("Claire@Example.org");
        Assert.Equal("Confirmez votre abonnement à la lettre d’information", email.Subject);
        var link = EmailedLinks.NewsletterConfirmation().Match(email.TextBody!).Value;

        // Opening the link (as a mail scanner does) subscribes nobody: the button does.
        var confirm = await client.GetAsync(new Uri(link).PathAndQuery, "fr");
        Assert.Equal(0, await Portal.WithDbAsync(db => db.Subscribers.CountAsync()));
        var confirmed = await client.SubmitAsync(confirm, "main form", new Dictionary<string, string>());
        Assert.Contains("claire@example.org", confirmed.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);

        var subscriber = await Portal.WithDbAsync(db => db.Subscribers.SingleAsync());
        Assert.Equal(("claire@example.org", "fr", true), (subscriber.Email, subscriber.Language, subscriber.IsActive));

        // The same link confirmed twice keeps one reader.
        await Portal.SendAsync(
            new ConfirmSubscription.Command(EmailedLinks.TokenIn(EmailedLinks.NewsletterConfirmation(), email.TextBody!))
        );
        Assert.Equal(1, await Portal.WithDbAsync(db => db.Subscribers.CountAsync()));
    }

    [Fact]
    public async Task A_forged_or_altered_link_and_a_bad_address_are_refused()
    {
        await Portal.SendAsync(new Subscribe.Command { Email = "ana@example.org", Language = "es" });
        var token = EmailedLinks.TokenIn(
            EmailedLinks.NewsletterConfirmation(),
            (await Portal.Smtp.WaitForAsync("ana@example.org")).TextBody!
        );

        await Assert.ThrowsAsync<InputException>(() => Portal.SendAsync(new ConfirmSubscription.Command(token[..^4] + "AAAA")));
        await Assert.ThrowsAsync<InputException>(() => Portal.SendAsync(new ConfirmSubscription.Command("not-a-token")));
        var invalid = await Assert.ThrowsAsync<InputException>(() =>
            Portal.SendAsync(new Subscribe.Command { Email = "not an email", Language = "de" })
        );
        Assert.Equal(["Email", "Language"], invalid.Errors.Keys.Order());
        Assert.Equal(0, await Portal.WithDbAsync(db => db.Subscribers.CountAsync()));

        using var client = Portal.CreateClient();
        var page = await client.GetAsync("/newsletter/confirm?token=forged", "es");
        Assert.Contains("no es válido", page.QuerySelector("main [role=alert]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_personal_link_unsubscribes_with_one_button()
    {
        var code = await SubscribedAsync("ana@example.org");
        using var client = Portal.CreateClient();
        var page = await client.GetAsync($"/newsletter/unsubscribe/{code}", "es");
        Assert.Contains("ana@example.org", page.QuerySelector("main p")!.TextContent, StringComparison.Ordinal);
        Assert.True(await Portal.WithDbAsync(db => db.Subscribers.AnyAsync(s => s.UnsubscribedAt == null)));

        var done = await client.SubmitAsync(page, "main form", new Dictionary<string, string>());
        Assert.Contains("will not receive the newsletter", done.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.False(await Portal.WithDbAsync(db => db.Subscribers.AnyAsync(s => s.UnsubscribedAt == null)));

        using var unknown = await client.Http.GetAsync("/newsletter/unsubscribe/00000000000000000000000000000000");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task A_mail_program_unsubscribes_with_the_rfc_8058_one_click_post_without_cookie_or_form_token()
    {
        var code = await SubscribedAsync("ana@example.org");
        using var http = Portal.Factory.CreateClient(
            new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
            {
                BaseAddress = new Uri("https://portal.test"),
                HandleCookies = false,
            }
        );
        using var body = new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]);

        using var response = await http.PostAsync($"/newsletter/unsubscribe/{code}", body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(await Portal.WithDbAsync(db => db.Subscribers.AnyAsync(s => s.UnsubscribedAt == null)));

        using var again = await http.PostAsync(
            $"/newsletter/unsubscribe/{code}",
            new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")])
        );
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    [Fact]
    public async Task A_reader_who_left_can_subscribe_again_in_another_language_and_keeps_one_row()
    {
        var code = await SubscribedAsync("ana@example.org");
        await Portal.SendAsync(new Unsubscribe.Command(code));
        await Portal.SendAsync(new Subscribe.Command { Email = "ANA@example.org", Language = "en" });
        var token = EmailedLinks.TokenIn(
            EmailedLinks.NewsletterConfirmation(),
            (await Portal.Smtp.WaitForAsync("ana@example.org")).TextBody!
        );

        Assert.Equal("ana@example.org", await Portal.SendAsync(new ConfirmSubscription.Command(token)));
        var subscriber = await Portal.WithDbAsync(db => db.Subscribers.SingleAsync());
        Assert.Equal(("en", true), (subscriber.Language, subscriber.IsActive));
    }

    private async Task<string> SubscribedAsync(string email) =>
        await Portal.WithDbAsync(async db =>
        {
            var subscriber = Subscriber.Confirm(email, "es", DateTimeOffset.UtcNow);
            db.Subscribers.Add(subscriber);
            await db.SaveChangesAsync();
            return subscriber.UnsubscribeCode;
        });
}
