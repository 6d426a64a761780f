using CoCreation.Testing;
using CoCreation.Web.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace CoCreation.Web.Tests.Infrastructure;

public sealed class PublicPageCacheTests(WebFixture portal) : PortalTest(portal)
{
    [Fact]
    public async Task Visitors_get_the_cached_member_page_until_a_command_changes_it_and_each_language_has_its_own_copy()
    {
        await Scenario.LoadCampaignAsync(Portal);
        using var visitor = Portal.CreateClient();
        var before = await visitor.GetAsync("/members/ar");
        Assert.Contains("Argentina", before.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);

        // A change behind the portal's back is not seen while the copy lives...
        await Portal.WithDbAsync(db =>
            db.Database.ExecuteSqlRawAsync("UPDATE members SET name_en = 'Argentine Republic' WHERE code = 'AR'")
        );
        Assert.Contains("Argentina", (await visitor.GetAsync("/members/ar")).QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(
            "Argentine",
            (await visitor.GetAsync("/members/ar", "fr")).QuerySelector("h1")!.TextContent,
            StringComparison.Ordinal
        );

        // ...but any command of the members' area drops it at once.
        var (_, staff) = await Portal.CreateUserAsync("su@example.org", roles: Roles.SupportUnit);
        var edit = await Portal.SendAsUserAsync(new Web.Features.Members.Edit.Query("CO"), staff);
        await Portal.SendAsync(edit!, staff);
        Assert.Contains(
            "Argentine Republic",
            (await visitor.GetAsync("/members/ar")).QuerySelector("h1")!.TextContent,
            StringComparison.Ordinal
        );

        // Signed-in people always get a fresh page.
        using var signedIn = await Portal.SignedInClientAsync("su@example.org");
        await Portal.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE members SET name_en = 'Argentina' WHERE code = 'AR'"));
        Assert.Equal("Argentina", (await signedIn.GetAsync("/members/ar")).QuerySelector("h1")!.TextContent.Trim());
    }
}
