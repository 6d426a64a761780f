using CoCreation.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CoCreation.Web.Tests.Pages;

/// <summary>Sessions (ASVS V7): a new one at every sign-in, none from a planted
/// cookie, ended when idle, after the absolute limit and on request.</summary>
public sealed class SessionTests(WebFixture portal) : PortalTest(portal)
{
    private const string SessionCookie = "__Host-cocreation";

    [Fact]
    public async Task Signing_in_issues_a_new_session_cookie_and_a_cookie_from_before_sign_in_is_no_session()
    {
        await Portal.CreateUserAsync("amina@example.org");
        using var browser = Portal.CreateClient(followRedirects: false);
        var form = await browser.GetAsync("/account/sign-in");
        var before = CookiesOf(browser.LastResponse!);
        Assert.DoesNotContain(SessionCookie, before.Keys);

        await browser.SubmitAsync(
            form,
            "main form",
            new Dictionary<string, string> { ["Data.Email"] = "amina@example.org", ["Data.Password"] = TestAccounts.Password }
        );
        var first = CookiesOf(browser.LastResponse!)[SessionCookie];
        await browser.SignInAsync("amina@example.org");
        var second = CookiesOf(browser.LastResponse!)[SessionCookie];
        Assert.NotEqual(first, second);

        // What a browser held before signing in (antiforgery cookie, a session value an attacker planted)
        // opens nothing; the session cookie issued at sign-in does.
        Assert.Equal(
            HttpStatusCode.Redirect,
            await StatusWithCookiesAsync("/account/change-password", before.Append(new(SessionCookie, "planted-by-an-attacker")))
        );
        Assert.Equal(HttpStatusCode.OK, await StatusWithCookiesAsync("/account/change-password", [new(SessionCookie, second)]));
    }

    [Fact]
    public async Task Sign_out_everywhere_ends_the_sessions_of_every_device_and_is_audited()
    {
        await Portal.CreateUserAsync("amina@example.org");
        using var laptop = await Portal.SignedInClientAsync("amina@example.org");
        using var phone = await Portal.SignedInClientAsync("amina@example.org");
        Assert.Equal("/account/change-password", phone.AddressOf(await phone.GetAsync("/account/change-password")).AbsolutePath);

        var page = await laptop.GetAsync("/account/two-factor");
        var signedOut = await laptop.SubmitAsync(
            page,
            "main form[action='/account/sign-out-everywhere']",
            new Dictionary<string, string>()
        );
        Assert.Equal("/account/sign-in", laptop.AddressOf(signedOut).AbsolutePath);
        Assert.NotNull(signedOut.QuerySelector("[role=status]"));

        Assert.Equal("/account/sign-in", phone.AddressOf(await phone.GetAsync("/account/change-password")).AbsolutePath);
        Assert.Equal("/account/sign-in", laptop.AddressOf(await laptop.GetAsync("/account/change-password")).AbsolutePath);
        Assert.Equal("account.signed-out-everywhere", await Portal.WithDbAsync(db => db.AuditEntries.Select(e => e.Action).SingleAsync()));
    }

    [Fact]
    public Task A_session_left_idle_past_the_idle_timeout_is_signed_out_and_one_used_before_it_is_not() =>
        SignedInOnAClockAsync(
            async (clock, session, browser) =>
            {
                clock.Advance(session.IdleTimeout - TimeSpan.FromMinutes(1));
                Assert.Equal(
                    "/account/change-password",
                    browser.AddressOf(await browser.GetAsync("/account/change-password")).AbsolutePath
                );

                // That request renewed the session; left alone a minute longer than the idle timeout, it is over.
                clock.Advance(session.IdleTimeout + TimeSpan.FromMinutes(1));
                Assert.Equal("/account/sign-in", browser.AddressOf(await browser.GetAsync("/account/change-password")).AbsolutePath);
            }
        );

    [Fact]
    public Task A_session_in_use_all_along_is_signed_out_at_the_absolute_timeout() =>
        SignedInOnAClockAsync(
            async (clock, session, browser) =>
            {
                var signedInAt = clock.GetUtcNow();

                // A person who never stays away as long as the idle timeout keeps the session, up to the absolute limit.
                var step = session.IdleTimeout * 2 / 3;
                while (clock.GetUtcNow() + step < signedInAt + session.AbsoluteTimeout)
                {
                    clock.Advance(step);
                    Assert.Equal(
                        "/account/change-password",
                        browser.AddressOf(await browser.GetAsync("/account/change-password")).AbsolutePath
                    );
                }

                clock.SetUtcNow(signedInAt + session.AbsoluteTimeout + TimeSpan.FromMinutes(1));
                Assert.Equal("/account/sign-in", browser.AddressOf(await browser.GetAsync("/account/change-password")).AbsolutePath);
            }
        );

    /// <summary>Amina signed in on a portal whose clock the test moves, with the portal's session settings.</summary>
    private async Task SignedInOnAClockAsync(Func<FakeTimeProvider, PortalOptions.SessionOptions, PortalClient, Task> test)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var portal = Portal.WithClock(clock);
        var session = portal.Services.GetRequiredService<IOptions<PortalOptions>>().Value.Session;
        await Portal.CreateUserAsync("amina@example.org");
        using var browser = await portal.SignedInClientAsync("amina@example.org");
        await test(clock, session, browser);
    }

    private async Task<HttpStatusCode> StatusWithCookiesAsync(string path, IEnumerable<KeyValuePair<string, string>> cookies)
    {
        using var client = Portal.Factory.CreateClient(
            new WebApplicationFactoryClientOptions
            {
                BaseAddress = new Uri("https://portal.test"),
                AllowAutoRedirect = false,
                HandleCookies = false,
            }
        );
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", string.Join("; ", cookies.Select(c => $"{c.Key}={c.Value}")));
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    private static Dictionary<string, string> CookiesOf(HttpResponseMessage response) =>
        (response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
            .Select(v => v.Split(';')[0].Split('=', 2))
            .GroupBy(p => p[0])
            .ToDictionary(g => g.Key, g => g.Last()[1]);
}
