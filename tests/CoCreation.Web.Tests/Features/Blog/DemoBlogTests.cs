using CoCreation.Domain.Blog;
using CoCreation.Domain.Newsletter;

namespace CoCreation.Web.Tests.Features.Blog;

public sealed class DemoBlogTests(WebFixture portal) : PortalTest(portal)
{
    [Fact]
    public async Task The_demo_has_published_example_posts_in_three_languages_guidelines_and_a_sent_april_edition_with_its_web_version()
    {
        await using var factory = Portal.SecondPortal(
            new Dictionary<string, string?>
            {
                ["Portal:SeedDemoData"] = "true",
                ["environment"] = "Development",
                ["Portal:Newsletter:Interval"] = "00:00:00.200",
            }
        );
        _ = factory.Server;

        var posts = await Portal.WithDbAsync(db => db.BlogPosts.Where(p => p.Status == BlogPostStatus.Published).ToListAsync());
        Assert.True(posts.Count >= 6);
        Assert.Equal(["en", "es", "fr"], posts.Select(p => p.Language).Distinct().Order());
        Assert.All(posts, p => Assert.True(p.IsExample));
        Assert.True(await Portal.WithDbAsync(db => db.CallsForPosts.AnyAsync()));

        var april = await Portal.WithDbAsync(db => db.Editions.SingleAsync());
        await Eventually.TryUntilAsync(
            async () => !await Portal.WithDbAsync(db => db.Editions.AnyAsync(e => e.Status != EditionStatus.Sent)),
            TimeSpan.FromSeconds(30)
        );
        Assert.Equal(EditionStatus.Sent, (await Portal.WithDbAsync(db => db.Editions.SingleAsync())).Status);
        using var client = factory.CreatePortalClient();
        var web = await client.GetAsync($"/newsletter/{april.Id}", "es");
        Assert.Equal("La cocreación en abril", web.QuerySelector("h1")!.TextContent);
        Assert.Equal(posts.Count, web.QuerySelectorAll("main h3 a[href*='/blog/']").Length);
        var blog = await client.GetAsync("/blog?Filter.Language=fr");
        Assert.Equal(2, blog.QuerySelectorAll("main ol li").Length);
    }
}
