using CoCreation.Domain.Common;
using CoCreation.Domain.Members;

namespace CoCreation.Web.Tests.Pages;

/// <summary>
/// The map of members on the home page and /members (issue 19): each member a link, its status in colour, shape and words.
/// </summary>
public sealed class MemberMapPagesTests(WebFixture portal) : PortalTest(portal)
{
    [Fact]
    public async Task The_home_page_and_the_members_page_map_each_member_as_a_link_with_a_legend_naming_each_status_in_words()
    {
        await Scenario.LoadCampaignAsync(Portal);
        await Portal.WithDbAsync(async db =>
        {
            var now = DateTimeOffset.UtcNow;
            db.Members.Add(
                Member.Create(
                    "UY",
                    MemberKind.Country,
                    Region.Americas,
                    new LocalizedText("Uruguay"),
                    new DateOnly(2012, 1, 1),
                    false,
                    CycleStatus.Implementing,
                    now
                )
            );
            db.Members.Add(
                Member.Create(
                    "AR-C",
                    MemberKind.SubnationalEntity,
                    Region.Americas,
                    new LocalizedText("Buenos Aires City"),
                    new DateOnly(2016, 1, 1),
                    false,
                    CycleStatus.Implementing,
                    now
                )
            );
            await db.SaveChangesAsync();
        });
        using var visitor = Portal.CreateClient();

        // Home: the campaign's 30 members, the grouped list below the map.
        var home = await visitor.GetAsync("/");
        var map = home.QuerySelector("#participants ~ figure.member-map svg.world-map")!;
        Assert.Contains("30 members", home.GetElementById(map.GetAttribute("aria-labelledby")!)!.TextContent, StringComparison.Ordinal);
        var links = map.QuerySelectorAll("a[href]");
        Assert.Equal(30, links.Length);

        // A keyboard skips the thirty map links to the list.
        var skip = home.QuerySelector("a.visually-hidden-focusable[href$='-end']")!;
        Assert.Equal("Skip the map to the list of members", skip.TextContent);
        Assert.NotNull(home.GetElementById(skip.GetAttribute("href")![1..]));
        Assert.All(links, a => Assert.Matches("^/members/[a-z]{2}$", a.GetAttribute("href")));
        var germany = links.Single(a => a.GetAttribute("href") == "/members/de");
        Assert.Equal("Germany: New member, developing its first plan", germany.QuerySelector("title")!.TextContent);
        Assert.Matches(@"^/img/world\.[a-z0-9]{8,}\.svg#DE$", germany.QuerySelector("use")!.GetAttribute("href"));
        Assert.NotNull(germany.QuerySelector("path.map-marker"));
        var page = await visitor.GetAsync(germany.GetAttribute("href")!);
        Assert.Equal(HttpStatusCode.OK, visitor.Status);
        Assert.Contains("Germany", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Developing a plan (24)", "New member, developing its first plan (6)", "Implementing a plan (0)"], Legend(home));
        Assert.All(home.QuerySelectorAll(".map-legend li"), li => Assert.NotNull(li.QuerySelector("svg .map-marker")));

        // /members: everyone; a local member has no country shape, so it is in the list only, and the map says so.
        var members = await visitor.GetAsync("/members");
        links = members.QuerySelectorAll("figure.member-map svg.world-map a[href]");
        Assert.Equal(31, links.Length);
        var uruguay = links.Single(a => a.GetAttribute("href") == "/members/uy");
        Assert.Equal("Uruguay: Implementing a plan", uruguay.QuerySelector("title")!.TextContent);
        Assert.NotNull(uruguay.QuerySelector("rect.map-marker"));
        Assert.DoesNotContain(links, a => a.GetAttribute("href") == "/members/ar-c");
        Assert.NotNull(members.QuerySelector("tbody a[href='/members/ar-c']"));
        Assert.Contains("Implementing a plan (2)", Legend(members));
        Assert.Contains("1", members.QuerySelector("figure.member-map figcaption p")!.TextContent, StringComparison.Ordinal);

        var spanish = await visitor.GetAsync("/members", "es");
        Assert.Contains("Implementa un plan (2)", Legend(spanish));

        // The shapes are one file at a fingerprinted address (immutable once published), the same for every page.
        using var asset = await visitor.Http.GetAsync(germany.QuerySelector("use")!.GetAttribute("href")!.Split('#')[0]);
        Assert.Equal("image/svg+xml", asset.Content.Headers.ContentType!.MediaType);
        var svg = await asset.Content.ReadAsStringAsync();
        Assert.Contains("id=\"DE\"", svg, StringComparison.Ordinal);
        Assert.Contains("id=\"world\"", svg, StringComparison.Ordinal);
    }

    private static List<string> Legend(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll(".map-legend li")
            .Select(li => string.Join(' ', li.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .ToList();
}
