using CoCreation.Web.Infrastructure.Identity;

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

    [Fact]
    public async Task A_change_made_through_one_instance_drops_the_cached_page_of_another_within_a_second()
    {
        await Scenario.LoadCampaignAsync(Portal);
        await using var other = Portal.SecondPortal();
        using var visitor = other.CreatePortalClient(followRedirects: true);
        Assert.Contains("Argentina", (await visitor.GetAsync("/members/ar")).QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        await Portal.WithDbAsync(db =>
            db.Database.ExecuteSqlRawAsync("UPDATE members SET name_en = 'Argentine Republic' WHERE code = 'AR'")
        );
        Assert.Contains("Argentina", (await visitor.GetAsync("/members/ar")).QuerySelector("h1")!.TextContent, StringComparison.Ordinal);

        // Both instances listen (each started its listener with its host)...
        await Eventually.UntilAsync(
            async () =>
                await Portal.WithDbAsync(db =>
                    db.Database.SqlQueryRaw<int>(
                            "SELECT count(*)::int AS \"Value\" FROM pg_stat_activity "
                                + "WHERE datname = current_database() AND application_name = 'cocreation-public-data-listener' "
                                + "AND query LIKE 'LISTEN%'"
                        )
                        .SingleAsync()
                ) >= 2,
            TimeSpan.FromSeconds(10),
            "both instances listen for changes"
        );

        // ...and a command through this instance (the fixture's) is heard by the other one.
        var (_, staff) = await Portal.CreateUserAsync("su@example.org", roles: Roles.SupportUnit);
        var edit = await Portal.SendAsUserAsync(new Web.Features.Members.Edit.Query("CO"), staff);
        await Portal.SendAsync(edit!, staff);

        await Eventually.UntilAsync(
            async () => (await visitor.GetAsync("/members/ar")).QuerySelector("h1")!.TextContent.Contains("Argentine Republic"),
            TimeSpan.FromSeconds(1),
            "the other instance serves the changed member page"
        );
    }
}
