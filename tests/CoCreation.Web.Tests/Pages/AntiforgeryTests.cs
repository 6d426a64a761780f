namespace CoCreation.Web.Tests.Pages;

/// <summary>
/// CSRF (ASVS V3.5.1): every POST handler of every page, enumerated from the portal's endpoints, refuses
/// a form without the antiforgery token and one carrying another session's token — signed in as an
/// administrator, so that authorization lets the request reach the antiforgery check.
/// </summary>
public sealed class AntiforgeryTests(WebFixture portal) : PortalTest(portal)
{
    /// <summary>POSTs that must work without a token, and why.</summary>
    private static readonly Dictionary<string, string> Exempt = new()
    {
        // RFC 8058 one-click unsubscribe: mail clients POST "List-Unsubscribe=One-Click" with no
        // session; the unguessable code in the URL is the authority, and it can only unsubscribe.
        ["/Newsletter/Unsubscribe"] = "RFC 8058 one-click unsubscribe",
        ["/Notifications/Unsubscribe"] = "RFC 8058 one-click unsubscribe of notification emails",

        // The error page is re-executed for a POST that failed (a 400 for a missing token among them):
        // it only shows the error and changes nothing.
        ["/Error"] = "error page for failed posts",
    };

    [Fact]
    public async Task Every_post_handler_refuses_a_form_without_a_valid_antiforgery_token_and_changes_nothing()
    {
        var routes = await PortalRoutes.LoadAsync(Portal);
        using var admin = await PortalRoutes.SignedInDemoClientAsync(Portal, "admin@demo.cocreation.example");
        using var other = await PortalRoutes.SignedInDemoClientAsync(Portal, "support@demo.cocreation.example");
        var foreignToken = (await other.GetAsync("/account/change-password"))
            .QuerySelector("main form input[name=__RequestVerificationToken]")!
            .GetAttribute("value")!;
        await admin.GetAsync("/account/change-password"); // the admin's own antiforgery cookie is present
        var before = await Portal.WithDbAsync(db => db.AuditEntries.CountAsync());

        var posts = routes.Pages.SelectMany(p => p.PostHandlers.Select(h => (Page: p, Handler: h))).ToList();
        Assert.True(posts.Count >= 30, $"only {posts.Count} POST handlers found");
        Assert.Contains(posts, p => p.Page.Path == "/account/sign-in");
        Assert.Contains(posts, p => p.Page.Path == "/account/two-factor" && p.Handler == "Enable");
        Assert.Equal(
            Exempt.Keys.Order(),
            posts.Where(p => p.Page.IgnoresAntiforgery).Select(p => p.Page.ViewEnginePath).Distinct().Order()
        );

        var accepted = new List<string>();
        foreach (var (page, handler) in posts.Where(p => !p.Page.IgnoresAntiforgery))
        {
            var url = page.PostUrl(handler);
            await admin.PostAsync(url, [new("Data.Title", "forged")]);
            if (admin.Status != HttpStatusCode.BadRequest)
            {
                accepted.Add($"{url} without token: {(int)admin.Status}");
            }

            await admin.PostAsync(url, [new("__RequestVerificationToken", foreignToken), new("Data.Title", "forged")]);
            if (admin.Status != HttpStatusCode.BadRequest)
            {
                accepted.Add($"{url} with another session's token: {(int)admin.Status}");
            }
        }

        Assert.Empty(accepted);
        Assert.Equal(before, await Portal.WithDbAsync(db => db.AuditEntries.CountAsync()));
        await admin.GetAsync("/admin/accounts");
        Assert.Equal(HttpStatusCode.OK, admin.Status);
    }
}
