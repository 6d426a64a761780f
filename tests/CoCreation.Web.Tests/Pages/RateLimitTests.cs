using System.Globalization;

namespace CoCreation.Web.Tests.Pages;

public sealed class RateLimitTests(WebFixture portal) : PortalTest(portal)
{
    [Fact]
    public async Task Repeated_sign_in_posts_get_429_with_retry_after_and_a_localized_page_while_reading_stays_free()
    {
        await using var factory = Portal.SecondPortal(
            new Dictionary<string, string?>
            {
                ["Portal:RateLimits:AccountPermitLimit"] = "3",
                ["Portal:RateLimits:AccountWindow"] = "00:10:00",
            }
        );
        using var browser = factory.CreatePortalClient();

        var page = await browser.GetAsync("/account/sign-in");
        for (var attempt = 0; attempt < 3; attempt++)
        {
            page = await browser.SubmitAsync(
                page,
                "main form",
                new Dictionary<string, string> { ["Data.Email"] = "x@example.org", ["Data.Password"] = "wrong password here" }
            );
            Assert.Equal(HttpStatusCode.OK, browser.Status);
        }

        var limited = await browser.SubmitAsync(
            page,
            "main form",
            new Dictionary<string, string> { ["Data.Email"] = "x@example.org", ["Data.Password"] = "wrong password here" }
        );
        Assert.Equal(HttpStatusCode.TooManyRequests, browser.Status);
        Assert.True(
            int.Parse(browser.LastResponse!.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture)
                > 0
        );
        Assert.Equal("Too many attempts", limited.QuerySelector("h1")!.TextContent);

        await browser.GetAsync("/account/sign-in");
        Assert.Equal(HttpStatusCode.OK, browser.Status);
    }

    /// <summary>
    /// Every limited form: registration, password reset (per address and form), submission, endorsement,
    /// event registration, comments, replies and reports of comments and submissions (per account). The first posts pass,
    /// the next gets 429 with Retry-After.
    /// </summary>
    [Fact]
    public async Task Registration_password_reset_submission_endorsement_and_event_registration_get_429_with_retry_after()
    {
        await using var factory = Portal.SecondPortal(
            new Dictionary<string, string?>
            {
                // Seven: the seven accounts below sign in through the (limited) sign-in form too.
                ["Portal:RateLimits:AccountPermitLimit"] = "7",
                ["Portal:RateLimits:AccountWindow"] = "00:10:00",
                ["Portal:RateLimits:ContributionPermitLimit"] = "2",
                ["Portal:RateLimits:ContributionWindow"] = "01:00:00",
            }
        );

        // Started before the demo loads: outside Development the portal refuses to start while demo accounts exist.
        _ = factory.Server;
        var routes = await PortalRoutes.LoadAsync(Portal);
        var submission = routes.Pages.Single(p => p.ViewEnginePath == "/Submissions/Details").Path;
        var eventPage = routes.Pages.Single(p => p.ViewEnginePath == "/Events/Details").Path;
        var reply = routes.Pages.Single(p => p.ViewEnginePath == "/Comments/Reply").Path;
        var report = routes.Pages.Single(p => p.ViewEnginePath == "/Comments/Report").Path;
        var submissionReport = routes.Pages.Single(p => p.ViewEnginePath == "/Submissions/Report").Path;
        var cases = new (string? Account, string Page, string Post)[]
        {
            (null, "/account/register", "/account/register"),
            (null, "/account/forgot-password", "/account/forgot-password"),
            ("participant@demo.cocreation.example", "/submissions/submit", "/submissions/submit"),
            ("author01@demo.cocreation.example", submission, submission + "?handler=Endorse"),
            ("author02@demo.cocreation.example", eventPage, eventPage + "?handler=Register"),
            ("author06@demo.cocreation.example", submission, submission + "?handler=Comment"),
            ("author07@demo.cocreation.example", reply, reply),
            ("author08@demo.cocreation.example", report, report),
            ("author09@demo.cocreation.example", submissionReport, submissionReport),
        };

        foreach (var (account, pagePath, post) in cases)
        {
            using var browser = factory.CreatePortalClient(followRedirects: false);
            if (account is not null)
            {
                await browser.SignInAsync(account, PortalRoutes.DemoPassword);
                Assert.Equal(HttpStatusCode.Redirect, browser.Status);
            }

            var page = await browser.GetAsync(pagePath);
            var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
            for (var attempt = 0; attempt < (account is null ? 7 : 2); attempt++)
            {
                await browser.PostAsync(post, [new("__RequestVerificationToken", token), new("Data.Email", "someone@example.org")]);
                Assert.True(
                    browser.Status != HttpStatusCode.TooManyRequests && (int)browser.Status < 500,
                    $"{post} attempt {attempt}: {browser.Status}"
                );
            }

            await browser.PostAsync(post, [new("__RequestVerificationToken", token), new("Data.Email", "someone@example.org")]);
            Assert.True(browser.Status == HttpStatusCode.TooManyRequests, $"{post}: {browser.Status}");
            Assert.True(
                int.Parse(
                    browser.LastResponse!.Headers.GetValues("Retry-After").Single(),
                    System.Globalization.CultureInfo.InvariantCulture
                ) > 0,
                post
            );
        }
    }

    /// <summary>
    /// Comments count per address as well as per account: three accounts from one address, with room for two
    /// contributions per address, see the third refused with 429 and Retry-After, and nothing of it stored.
    /// </summary>
    [Fact]
    public async Task Comments_from_one_address_are_cut_at_the_per_address_limit_whichever_account_sends_them()
    {
        var s = await Features.Comments.CommentScenario.CreateAsync(Portal);
        await using var factory = Portal.SecondPortal(
            new Dictionary<string, string?>
            {
                ["Portal:RateLimits:ContributionPerAddressPermitLimit"] = "2",
                ["Portal:RateLimits:ContributionWindow"] = "01:00:00",
            }
        );
        var statuses = new List<HttpStatusCode>();
        foreach (var email in new[] { "bruno@example.org", "chloe@example.org", "dario@example.org" })
        {
            using var browser = await factory.SignedInClientAsync(email, followRedirects: false);
            var page = await browser.GetAsync($"/submissions/{s.Proposal}");
            await browser.SubmitAsync(
                page,
                "form[action*=Comment]",
                new Dictionary<string, string> { ["Comment.Text"] = "Words from " + email, ["Comment.Language"] = "en" }
            );
            statuses.Add(browser.Status);
            if (browser.Status == HttpStatusCode.TooManyRequests)
            {
                Assert.True(int.Parse(browser.LastResponse!.Headers.GetValues("Retry-After").Single(), CultureInfo.InvariantCulture) > 0);
            }
        }

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(2, await Portal.WithDbAsync(db => db.Comments.CountAsync()));
    }

    /// <summary>
    /// Visitors who are not signed in (a workshop asking for seats or subscribing to the newsletter from one connection)
    /// count only against the per-address limit, which leaves room for them: the per-account limit is not theirs.
    /// </summary>
    [Fact]
    public async Task Signed_out_visitors_of_one_address_share_the_roomier_per_address_limit_not_the_per_account_one()
    {
        await using var factory = Portal.SecondPortal(
            new Dictionary<string, string?>
            {
                ["Portal:RateLimits:ContributionPermitLimit"] = "2",
                ["Portal:RateLimits:ContributionPerAddressPermitLimit"] = "5",
                ["Portal:RateLimits:ContributionWindow"] = "01:00:00",
            }
        );
        var statuses = new List<HttpStatusCode>();
        for (var visitor = 1; visitor <= 6; visitor++)
        {
            using var browser = factory.CreatePortalClient(followRedirects: false);
            await browser.SendFormAsync(
                "/newsletter",
                new Dictionary<string, string> { ["Data.Email"] = $"visitor{visitor}@example.org", ["Data.Language"] = "en" }
            );
            statuses.Add(browser.Status);
        }

        Assert.Equal(5, statuses.Count(s => s != HttpStatusCode.TooManyRequests && (int)s < 500));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }

    /// <summary>An IPv6 subscriber holds a whole /64: every address in it
    /// is one client, as is an IPv4 address however it arrives.</summary>
    [Fact]
    public async Task Addresses_of_one_ipv6_network_share_a_bucket_and_an_ipv4_mapped_address_counts_as_its_ipv4()
    {
        await using var factory = BehindProxy(
            new Dictionary<string, string?>
            {
                ["Portal:RateLimits:AccountPermitLimit"] = "2",
                ["Portal:RateLimits:AccountWindow"] = "00:10:00",
            }
        );

        Assert.Equal(HttpStatusCode.OK, await SignInFromAsync(factory, "2001:db8:1:2::1"));
        Assert.Equal(HttpStatusCode.OK, await SignInFromAsync(factory, "2001:db8:1:2:aaaa:bbbb:cccc:dddd"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await SignInFromAsync(factory, "2001:db8:1:2::9"));
        Assert.Equal(HttpStatusCode.OK, await SignInFromAsync(factory, "2001:db8:1:3::1"));

        Assert.Equal(HttpStatusCode.OK, await SignInFromAsync(factory, "203.0.113.7"));
        Assert.Equal(HttpStatusCode.OK, await SignInFromAsync(factory, "203.0.113.7"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await SignInFromAsync(factory, "::ffff:203.0.113.7"));
        Assert.Equal(HttpStatusCode.OK, await SignInFromAsync(factory, "203.0.113.8"));
    }

    [Fact]
    public async Task A_trailing_slash_or_other_capitals_reach_the_same_sign_in_bucket()
    {
        await using var factory = Portal.SecondPortal(
            new Dictionary<string, string?>
            {
                ["Portal:RateLimits:AccountPermitLimit"] = "3",
                ["Portal:RateLimits:AccountWindow"] = "00:10:00",
            }
        );
        using var browser = factory.CreatePortalClient();
        var token = (await browser.GetAsync("/account/sign-in"))
            .QuerySelector("input[name=__RequestVerificationToken]")!
            .GetAttribute("value")!;

        foreach (var path in new[] { "/account/sign-in", "/account/sign-in/", "/Account/Sign-In" })
        {
            await browser.PostAsync(
                path,
                [new("__RequestVerificationToken", token), new("Data.Email", "x@example.org"), new("Data.Password", "wrong password here")]
            );
            Assert.True(browser.Status == HttpStatusCode.OK, $"{path}: {browser.Status}");
        }

        var limited = await browser.PostAsync(
            "/ACCOUNT/SIGN-IN/",
            [new("__RequestVerificationToken", token), new("Data.Email", "x@example.org"), new("Data.Password", "wrong password here")]
        );
        Assert.Equal(HttpStatusCode.TooManyRequests, browser.Status);
        Assert.Equal("Too many attempts", limited.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Whole_collection_downloads_are_cut_at_their_own_tighter_limit_while_pages_and_the_api_still_answer()
    {
        await using var factory = Portal.SecondPortal(
            new Dictionary<string, string?>
            {
                ["Portal:RateLimits:DownloadPermitLimit"] = "2",
                ["Portal:RateLimits:DownloadWindow"] = "00:10:00",
            }
        );
        using var http = factory.CreateClient(new() { BaseAddress = new Uri("https://portal.test") });

        Assert.Equal(HttpStatusCode.OK, await StatusOfAsync(http, "/open-data/members.csv"));
        Assert.Equal(HttpStatusCode.OK, await StatusOfAsync(http, "/submissions/export.json"));
        using var limited = await http.GetAsync("/open-data/members.json");
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(int.Parse(limited.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Equal(HttpStatusCode.TooManyRequests, await StatusOfAsync(http, "/open-data/submissions.csv"));

        Assert.Equal(HttpStatusCode.OK, await StatusOfAsync(http, "/open-data"));
        Assert.Equal(HttpStatusCode.OK, await StatusOfAsync(http, "/api/v1/members"));
    }

    /// <summary>
    /// Two instances behind one proxy count against the same window: three sign-in attempts allowed in all,
    /// not three on each. Reading stays limited per instance.
    /// </summary>
    [Fact]
    public async Task Two_instances_count_a_persons_attempts_together()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Portal:RateLimits:AccountPermitLimit"] = "3",
            ["Portal:RateLimits:AccountWindow"] = "00:10:00",
        };
        await using var first = BehindProxy(new(settings));
        await using var second = BehindProxy(new(settings));

        var statuses = new List<HttpStatusCode>();
        foreach (var instance in new[] { first, second, first, second, first })
        {
            statuses.Add(await SignInFromAsync(instance, "203.0.113.9"));
        }

        Assert.Equal(
            [HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests],
            statuses
        );
        // Another person, on either instance, is not held by them.
        Assert.Equal(HttpStatusCode.OK, await SignInFromAsync(second, "198.51.100.4"));
    }

    private static async Task<HttpStatusCode> StatusOfAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(path);
        return response.StatusCode;
    }

    /// <summary>The portal as deployed behind its proxy: the client address comes from X-Forwarded-For.</summary>
    private PortalFactory BehindProxy(Dictionary<string, string?> settings)
    {
        settings["Portal:TrustForwardedHeaders"] = "true";
        return Portal.SecondPortal(settings);
    }

    private static async Task<HttpStatusCode> SignInFromAsync(PortalFactory factory, string address)
    {
        using var browser = factory.CreatePortalClient();
        browser.Http.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        await browser.SignInAsync("x@example.org", "wrong password here");
        return browser.Status;
    }
}
