using System.Buffers.Binary;
using System.Text.Json;
using AngleSharp.Html.Dom;
using CoCreation.Domain.Blog;
using CoCreation.Domain.Submissions;
using Microsoft.Extensions.DependencyInjection;

namespace CoCreation.Web.Tests.Pages;

/// <summary>
/// What a link to the portal shows where it is shared (OpenGraph and Twitter cards, a campaign's share image), what a
/// feed reader finds on a page (Atom autodiscovery), and the icons and web manifest a browser asks for.
/// </summary>
public sealed class SharingTests(WebFixture portal) : PortalTest(portal)
{
    // PortalFactory configures Portal:PublicBaseUrl as https://localhost; every request below says it is for another host.
    private const string Base = "https://localhost/";
    private const string ForgedHost = "attacker.example";

    [Fact]
    public async Task A_published_submission_shows_its_title_summary_campaign_image_and_canonical_address_on_the_configured_base()
    {
        await Scenario.LoadDemoAsync(Portal);
        var submission = await Portal.WithDbAsync(db =>
            db.Submissions.Where(s => s.Status == SubmissionStatus.Answered && s.ProposedCommitment != null).OrderBy(s => s.Id).FirstAsync()
        );
        using var visitor = Portal.CreateClient();

        var page = await GetForgedHostAsync(visitor, $"/submissions/{submission.Id}");

        Assert.Equal(submission.Title, Meta(page, "og:title"));
        var summary = Meta(page, "og:description")!;
        Assert.Contains(submission.ProposedCommitment![..40], summary, StringComparison.Ordinal);
        Assert.True(summary.Length <= 201, summary);
        Assert.Equal($"{Base}submissions/{submission.Id}", Meta(page, "og:url"));
        Assert.Equal($"{Base}submissions/{submission.Id}", page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.Equal("article", Meta(page, "og:type"));
        Assert.Equal("en_GB", Meta(page, "og:locale"));
        Assert.Equal($"{Base}campaigns/global-cocreation-week-2017/share-en.png", Meta(page, "og:image"));
        Assert.Equal("summary_large_image", Meta(page, "twitter:card"));
        Assert.DoesNotContain(ForgedHost, page.Head!.OuterHtml, StringComparison.Ordinal);

        var french = await visitor.GetAsync($"/submissions/{submission.Id}", "fr");
        Assert.Equal("fr_FR", Meta(french, "og:locale"));
        Assert.EndsWith("/share-fr.png", Meta(french, "og:image"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_submission_waiting_for_moderation_shows_its_author_the_portal_card_with_none_of_its_words()
    {
        await Scenario.LoadDemoAsync(Portal);
        var (submission, email) = await Portal.WithDbAsync(async db =>
        {
            var pending = await db
                .Submissions.Where(s => s.Status == SubmissionStatus.Pending && s.AuthorId != null)
                .OrderBy(s => s.Id)
                .FirstAsync();
            return (pending, (await db.Users.SingleAsync(u => u.Id == pending.AuthorId)).Email!);
        });
        using var author = await Portal.Factory.SignedInClientAsync(email, Web.Data.Seed.DemoData.DemoPassword);

        var page = await author.GetAsync($"/submissions/{submission.Id}");

        Assert.Equal(HttpStatusCode.OK, author.Status);
        Assert.Contains(submission.Title, page.Body!.TextContent, StringComparison.Ordinal);
        var cards = page.Head!.QuerySelectorAll("meta[property], meta[name=description], link[rel=canonical]")
            .Select(m => m.OuterHtml)
            .ToList();
        Assert.NotEmpty(cards);
        Assert.All(cards, card => Assert.DoesNotContain(submission.Title, card, StringComparison.Ordinal));
        Assert.All(cards, card => Assert.DoesNotContain(submission.Body ?? submission.Problem ?? "-", card, StringComparison.Ordinal));
        Assert.Equal("OGP Co-creation Portal", Meta(page, "og:title"));
        Assert.Equal($"{Base}img/share.png", Meta(page, "og:image"));
        Assert.Null(page.QuerySelector("link[rel=canonical]"));
    }

    [Fact]
    public async Task An_event_a_blog_post_and_a_member_carry_their_own_card()
    {
        await Scenario.LoadDemoAsync(Portal);
        var (eventId, eventTitle) = await Portal.WithDbAsync(async db =>
        {
            var e = await db.Events.Where(e => e.CampaignId != null).OrderBy(e => e.Id).FirstAsync();
            return (e.Id, e.Title.In(new System.Globalization.CultureInfo("en")));
        });
        var post = await Portal.WithDbAsync(db =>
            db.BlogPosts.Where(p => p.Status == BlogPostStatus.Published).OrderBy(p => p.Id).FirstAsync()
        );
        using var visitor = Portal.CreateClient();

        var eventPage = await GetForgedHostAsync(visitor, $"/events/{eventId}");
        Assert.Equal(eventTitle, Meta(eventPage, "og:title"));
        Assert.Equal($"{Base}events/{eventId}", Meta(eventPage, "og:url"));
        Assert.Equal($"{Base}campaigns/global-cocreation-week-2017/share-en.png", Meta(eventPage, "og:image"));
        Assert.False(string.IsNullOrWhiteSpace(Meta(eventPage, "og:description")));

        var postPage = await GetForgedHostAsync(visitor, $"/blog/{post.Id}");
        Assert.Equal(post.Title, Meta(postPage, "og:title"));
        Assert.Equal($"{Base}blog/{post.Id}", Meta(postPage, "og:url"));
        Assert.Contains(post.AuthorName, Meta(postPage, "og:description"), StringComparison.Ordinal);

        var memberPage = await GetForgedHostAsync(visitor, "/members/ar");
        Assert.Equal("Argentina", Meta(memberPage, "og:title"));
        Assert.Equal($"{Base}members/ar", Meta(memberPage, "og:url"));
        Assert.Contains("Americas", Meta(memberPage, "og:description"), StringComparison.Ordinal);
        Assert.Equal($"{Base}img/share.png", Meta(memberPage, "og:image"));

        // A list page has the portal's card; its address is still the configured one, never the Host header's.
        var list = await GetForgedHostAsync(visitor, "/submissions");
        Assert.Equal($"{Base}submissions", Meta(list, "og:url"));

        var pages = new List<(string, string)>();
        foreach (
            var path in new[] { $"/events/{eventId}", $"/blog/{post.Id}", "/members/ar", "/", "/campaigns/global-cocreation-week-2017" }
        )
        {
            var html = await visitor.Http.GetStringAsync(path);
            pages.Add((path, html));
            Assert.True(html.Length <= 50 * 1024, $"{path}: {html.Length} bytes of HTML");
        }

        Assert.Empty(await HtmlChecker.ErrorsAsync(pages));
    }

    [Fact]
    public async Task A_campaigns_share_image_is_a_1200_by_630_png_drawn_once_and_cached_by_its_etag()
    {
        await Scenario.LoadDemoAsync(Portal);
        using var visitor = Portal.CreateClient();

        using var first = await visitor.Http.GetAsync("/campaigns/global-cocreation-week-2017/share-fr.png");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("image/png", first.Content.Headers.ContentType!.MediaType);
        var png = await first.Content.ReadAsByteArrayAsync();
        Assert.Equal((1200, 630), PngSize(png));
        Assert.True(first.Headers.CacheControl!.Public);
        Assert.True(first.Headers.CacheControl.MaxAge >= TimeSpan.FromHours(1));
        var etag = first.Headers.ETag!;

        using var second = await visitor.Http.GetAsync("/campaigns/global-cocreation-week-2017/share-fr.png");
        Assert.Equal(etag, second.Headers.ETag);
        Assert.Equal(png, await second.Content.ReadAsByteArrayAsync());

        using var again = new HttpRequestMessage(HttpMethod.Get, "/campaigns/global-cocreation-week-2017/share-fr.png");
        again.Headers.IfNoneMatch.Add(etag);
        using var notModified = await visitor.Http.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);

        using var english = await visitor.Http.GetAsync("/campaigns/global-cocreation-week-2017/share-en.png");
        Assert.NotEqual(etag, english.Headers.ETag);
        using var unknown = await visitor.Http.GetAsync("/campaigns/no-such-campaign/share-en.png");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        using var otherLanguage = await visitor.Http.GetAsync("/campaigns/global-cocreation-week-2017/share-de.png");
        Assert.Equal(HttpStatusCode.NotFound, otherLanguage.StatusCode);
    }

    [Fact]
    public async Task The_web_manifest_names_the_portal_and_every_icon_it_lists_is_served_at_its_size()
    {
        using var visitor = Portal.CreateClient();
        using var response = await visitor.Http.GetAsync("/manifest.webmanifest");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/manifest+json", response.Content.Headers.ContentType!.MediaType);
        using var manifest = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = manifest.RootElement;
        Assert.Equal("OGP Co-creation Portal", root.GetProperty("name").GetString());
        Assert.Equal("/", root.GetProperty("start_url").GetString());
        Assert.Equal("#0b5394", root.GetProperty("theme_color").GetString());
        Assert.False(string.IsNullOrEmpty(root.GetProperty("background_color").GetString()));

        var sizes = new List<string>();
        foreach (var icon in root.GetProperty("icons").EnumerateArray())
        {
            using var image = await visitor.Http.GetAsync(icon.GetProperty("src").GetString());
            Assert.Equal(HttpStatusCode.OK, image.StatusCode);
            Assert.Equal(icon.GetProperty("type").GetString(), image.Content.Headers.ContentType!.MediaType);
            var size = icon.GetProperty("sizes").GetString()!;
            sizes.Add(size);
            if (size != "any")
            {
                var (width, height) = PngSize(await image.Content.ReadAsByteArrayAsync());
                Assert.Equal(size, $"{width}x{height}");
            }
        }

        Assert.Contains("192x192", sizes);
        Assert.Contains("512x512", sizes);

        // The icons a page names in its head, and the address browsers ask for without being told.
        var page = await visitor.GetAsync("/events");
        var named = page.QuerySelectorAll("link[rel~=icon], link[rel=apple-touch-icon], link[rel=manifest]")
            .Select(l => l.GetAttribute("href")!);
        foreach (var href in named.Append("/favicon.ico"))
        {
            using var file = await visitor.Http.GetAsync(href);
            Assert.True(file.StatusCode == HttpStatusCode.OK, $"{href}: {(int)file.StatusCode}");
        }

        using var touch = await visitor.Http.GetAsync("/img/apple-touch-icon.png");
        Assert.Equal((180, 180), PngSize(await touch.Content.ReadAsByteArrayAsync()));
    }

    [Fact]
    public async Task Every_page_with_a_feed_announces_it_and_each_announced_feed_answers_with_atom()
    {
        await Scenario.LoadDemoAsync(Portal);
        using var visitor = Portal.CreateClient();
        string[] paths =
        [
            "/",
            "/submissions",
            "/events",
            "/blog",
            "/timelines",
            "/members/ar",
            "/members/ar/timeline",
            "/campaigns/global-cocreation-week-2017",
            "/commitments/ar0090",
        ];
        var announced = new HashSet<string>();
        foreach (var path in paths)
        {
            var page = await visitor.GetAsync(path);
            var feeds = page.QuerySelectorAll("link[rel=alternate][type='application/atom+xml']").ToList();
            Assert.True(feeds.Count > 0, $"{path} announces no feed");
            Assert.All(feeds, f => Assert.False(string.IsNullOrWhiteSpace(f.GetAttribute("title")), $"{path}: a feed without a title"));

            // A feed the page links to in its body is announced in its head too.
            var linked = page.Body!.QuerySelectorAll("a[href$='.atom']").Select(a => a.GetAttribute("href")!);
            Assert.Subset(feeds.Select(f => f.GetAttribute("href")!).ToHashSet(), linked.ToHashSet());
            announced.UnionWith(feeds.Select(f => f.GetAttribute("href")!));
        }

        Assert.Superset(
            new HashSet<string>
            {
                "/submissions/feed.atom",
                "/submissions/answers.atom",
                "/events/feed.atom",
                "/blog/feed.atom",
                "/timelines/feed.atom",
                "/members/ar/timeline/feed.atom",
                "/members/ar/comments.atom",
            },
            announced
        );
        foreach (var feed in announced)
        {
            using var response = await visitor.Http.GetAsync(feed);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{feed}: {(int)response.StatusCode}");
            Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
            Assert.Contains("<feed", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    private static async Task<IHtmlDocument> GetForgedHostAsync(PortalClient client, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = ForgedHost;
        using var response = await client.Http.SendAsync(request);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
        return new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    private static string? Meta(IHtmlDocument page, string name) =>
        page.Head!.QuerySelector($"meta[property='{name}'], meta[name='{name}']")?.GetAttribute("content");

    /// <summary>Width and height from a PNG's header (its IHDR chunk), after checking the signature.</summary>
    private static (int Width, int Height) PngSize(byte[] png)
    {
        Assert.True(png.Length > 24, $"{png.Length} bytes");
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        return (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    }
}
