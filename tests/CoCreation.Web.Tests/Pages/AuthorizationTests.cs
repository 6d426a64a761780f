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
