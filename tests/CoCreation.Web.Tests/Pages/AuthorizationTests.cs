using System.Net;
using CoCreation.Web.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace CoCreation.Web.Tests.Pages;

/// <summary>Who may open which staff page: every role against every protected page.</summary>
public sealed class AuthorizationTests(WebFixture portal) : PortalTest(portal)
{
    private static readonly string[] StaffPages = ["/members/create", "/members/ar/edit", "/campaigns/create", "/campaigns/global-cocreation-week-2017/edit"];
    private static readonly string[] AdministratorPages = ["/admin/accounts", "/admin/audit"];

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in_and_back()
    {
        await Portal.LoadCampaignAsync();
        using var browser = Portal.CreateClient(followRedirects: false);
        foreach (var page in (await StaffPagesAsync()).Concat(AdministratorPages).Append("/account/change-password"))
        {
            await browser.GetAsync(page);
            Assert.Equal(HttpStatusCode.Redirect, browser.Status);
            Assert.StartsWith("https://portal.test/account/sign-in?ReturnUrl=", browser.LastResponse!.Headers.Location!.ToString(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(Roles.Participant, false, false)]
    [InlineData(Roles.GovernmentOfficial, false, false)]
    [InlineData(Roles.SupportUnit, true, false)]
    [InlineData(Roles.Administrator, true, true)]
    public async Task Each_role_opens_exactly_the_pages_it_may(string role, bool staff, bool administrator)
    {
        await Portal.LoadCampaignAsync();
        await Portal.CreateUserAsync("someone@example.org", roles: role);
        using var browser = await Portal.SignedInClientAsync("someone@example.org");

        foreach (var page in await StaffPagesAsync())
        {
            await browser.GetAsync(page);
            Assert.True((browser.Status == HttpStatusCode.OK) == staff, $"{role} {page}: {browser.Status}");
            Assert.True((browser.Status == HttpStatusCode.Forbidden) == !staff, $"{role} {page}: {browser.Status}");
        }

        foreach (var page in AdministratorPages)
        {
            await browser.GetAsync(page);
            Assert.True((browser.Status == HttpStatusCode.OK) == administrator, $"{role} {page}: {browser.Status}");
        }
    }

    [Fact]
    public async Task A_participant_cannot_post_to_a_staff_form_either()
    {
        await Portal.LoadCampaignAsync();
        await Portal.CreateUserAsync("someone@example.org", roles: Roles.Participant);
        using var browser = await Portal.SignedInClientAsync("someone@example.org");
        var home = await browser.GetAsync("/");
        var token = home.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        await browser.PostAsync("/members/create", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Data.Code"] = "KE",
            ["Data.NameEn"] = "Kenya",
            ["Data.JoinedOn"] = "2011-09-20",
        });

        Assert.Equal(HttpStatusCode.Forbidden, browser.Status);
        Assert.Null(await Portal.QueryAsync(new Web.Features.Members.Details.Query("KE")));
    }

    /// <summary>The staff pages, with the events' pages for the seeded Americas webinar.</summary>
    private async Task<IEnumerable<string>> StaffPagesAsync()
    {
        var americas = await Portal.WithDbAsync(db => db.Events.Where(e => e.Region == Domain.Members.Region.Americas).Select(e => e.Id).SingleAsync());
        return StaffPages.Concat(["/events/create", $"/events/{americas}/edit", $"/events/{americas}/registrants", $"/events/{americas}/registrants.csv"]);
    }
}

/// <summary>
/// The authorization matrix (ASVS V8): every page that needs a signed-in person, enumerated from the
/// portal's endpoints with real ids in its route, against anonymous visitors, a participant, an
/// official of the page's member (Argentina), an official of another member (France), the support unit
/// and an administrator. Forbidden means a redirect to sign in or a 403 (404 where the record itself
/// is hidden); never a 500.
/// </summary>
public sealed class AuthorizationMatrixTests(WebFixture portal) : PortalTest(portal)
{
    private enum Actor { Anonymous, Participant, OfficialOfMember, OfficialOfOtherMember, SupportUnit, Administrator }

    [Fact]
    public async Task Every_protected_page_answers_each_role_and_member_as_its_policy_says()
    {
        var routes = await PortalRoutes.LoadAsync(Portal);
        var (officialB, _) = await Portal.CreateUserAsync("official-fr@example.org", PortalRoutes.DemoPassword, Roles.GovernmentOfficial);
        var admin = await Portal.WithDbAsync(db => db.Users.SingleAsync(u => u.Email == "admin@demo.cocreation.example"));
        await Portal.SendAsync(new Web.Features.Admin.Accounts.AssignMembers.Command(officialB.Id, [PortalRoutes.MemberB.ToUpperInvariant()]), CurrentActor.For(admin.Id, admin.Email!, Roles.Administrator));
        var clients = new Dictionary<Actor, Testing.PortalClient>
        {
            [Actor.Anonymous] = Portal.CreateClient(followRedirects: false),
            [Actor.Participant] = await SignInAsync("participant@demo.cocreation.example"),
            [Actor.OfficialOfMember] = await SignInAsync("official@demo.cocreation.example"),
            [Actor.OfficialOfOtherMember] = await SignInAsync("official-fr@example.org"),
            [Actor.SupportUnit] = await SignInAsync("support@demo.cocreation.example"),
            [Actor.Administrator] = await SignInAsync("admin@demo.cocreation.example"),
        };

        var protectedPages = routes.Pages.Where(p => p.RequiresSignIn && !p.AllowsAnonymous).ToList();
        Assert.True(protectedPages.Count >= 25, string.Join(", ", protectedPages.Select(p => p.Path)));
        var wrong = new List<string>();
        foreach (var page in protectedPages)
        {
            foreach (var (actor, client) in clients)
            {
                using var response = await client.Http.GetAsync(page.Path);
                var status = (int)response.StatusCode;
                var location = response.Headers.Location?.ToString() ?? "";
                var expected = Expect(page, actor);
                var ok = expected switch
                {
                    Outcome.SignIn => status == 302 && location.StartsWith("https://portal.test/account/sign-in?ReturnUrl=", StringComparison.Ordinal),
                    Outcome.Forbidden => status == 403 || IsAccessDenied(status, location),
                    Outcome.Hidden => status is 403 or 404 || IsAccessDenied(status, location),
                    Outcome.Allowed => status == 200,
                    _ => false,
                };
                if (!ok || status >= 500)
                {
                    wrong.Add($"{actor} GET {page.Path}: {status} {location}, expected {expected}");
                }
            }
        }

        foreach (var client in clients.Values)
        {
            client.Dispose();
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }

    /// <summary>Signed in but not allowed: the access-denied page, which answers 403.</summary>
    private static bool IsAccessDenied(int status, string location) =>
        status == 302 && location.StartsWith("https://portal.test/account/access-denied", StringComparison.Ordinal);

    private enum Outcome { SignIn, Forbidden, Hidden, Allowed }

    private static Outcome Expect(PortalRoutes.PageRoute page, Actor actor)
    {
        if (actor == Actor.Anonymous)
        {
            return Outcome.SignIn;
        }

        var roles = actor switch
        {
            Actor.Participant => new[] { Roles.Participant },
            Actor.OfficialOfMember or Actor.OfficialOfOtherMember => [Roles.GovernmentOfficial],
            Actor.SupportUnit => [Roles.SupportUnit],
            _ => [Roles.Administrator],
        };
        bool Satisfies(string? policy) => policy switch
        {
            null or "" => true,
            Roles.StaffPolicy => roles.Contains(Roles.SupportUnit) || roles.Contains(Roles.Administrator),
            Roles.AdministratorPolicy => roles.Contains(Roles.Administrator),
            Roles.AnsweringPolicy => roles.Contains(Roles.GovernmentOfficial) || roles.Contains(Roles.SupportUnit) || roles.Contains(Roles.Administrator),
            _ => throw new InvalidOperationException($"{page.Path}: unknown policy {policy}; add it to this matrix"),
        };
        if (!page.Policies.All(Satisfies))
        {
            return Outcome.Forbidden;
        }

        var template = page.Template.TrimStart('/');

        // Pages about one member's record: only those who act for that member (and staff).
        var memberScoped = (template.StartsWith("members/{code}", StringComparison.Ordinal) || template.StartsWith("answers/{id", StringComparison.Ordinal));
        if (memberScoped && actor == Actor.OfficialOfOtherMember)
        {
            return Outcome.Hidden;
        }

        // A blog post is edited by its author only (the demo posts belong to example authors).
        if (template.StartsWith("blog/{id:long}/edit", StringComparison.Ordinal))
        {
            return Outcome.Hidden;
        }

        return Outcome.Allowed;
    }

    private async Task<Testing.PortalClient> SignInAsync(string email)
    {
        var client = Portal.CreateClient(followRedirects: false);
        var form = await client.GetAsync("/account/sign-in");
        await client.SubmitAsync(form, "main form", new Dictionary<string, string> { ["Data.Email"] = email, ["Data.Password"] = PortalRoutes.DemoPassword });
        Assert.Equal(HttpStatusCode.Redirect, client.Status);
        return client;
    }
}
