using System.Net;
using CoCreation.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace CoCreation.Web.Tests.Pages;

/// <summary>Sessions (ASVS V7): a new one at every sign-in, none from a planted cookie, all of them ended on request.</summary>
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

        await browser.SubmitAsync(form, "main form", new Dictionary<string, string> { ["Data.Email"] = "amina@example.org", ["Data.Password"] = TestAccounts.Password });
        var first = CookiesOf(browser.LastResponse!)[SessionCookie];
        form = await browser.GetAsync("/account/sign-in");
        await browser.SubmitAsync(form, "main form", new Dictionary<string, string> { ["Data.Email"] = "amina@example.org", ["Data.Password"] = TestAccounts.Password });
        var second = CookiesOf(browser.LastResponse!)[SessionCookie];
        Assert.NotEqual(first, second);

        // What a browser held before signing in (antiforgery cookie, a session value an attacker planted)
        // opens nothing; the session cookie issued at sign-in does.
        Assert.Equal(HttpStatusCode.Redirect, await StatusWithCookiesAsync("/account/change-password", before.Append(new(SessionCookie, "planted-by-an-attacker"))));
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
        var signedOut = await laptop.SubmitAsync(page, "main form[action='/account/sign-out-everywhere']", new Dictionary<string, string>());
        Assert.Equal("/account/sign-in", laptop.AddressOf(signedOut).AbsolutePath);
        Assert.NotNull(signedOut.QuerySelector("[role=status]"));

        Assert.Equal("/account/sign-in", phone.AddressOf(await phone.GetAsync("/account/change-password")).AbsolutePath);
        Assert.Equal("/account/sign-in", laptop.AddressOf(await laptop.GetAsync("/account/change-password")).AbsolutePath);
        Assert.Equal("account.signed-out-everywhere", await Portal.WithDbAsync(db => db.AuditEntries.Select(e => e.Action).SingleAsync()));
    }

    private async Task<HttpStatusCode> StatusWithCookiesAsync(string path, IEnumerable<KeyValuePair<string, string>> cookies)
    {
        using var client = Portal.Factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://portal.test"), AllowAutoRedirect = false, HandleCookies = false });
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
