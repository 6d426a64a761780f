using CoCreation.Domain.Blog;
using CoCreation.Web.Infrastructure.Identity;

namespace CoCreation.Web.Tests.Pages;

/// <summary>The blog through its pages, as people use it: forms, buttons, lists and the feed.</summary>
public sealed class BlogPagesTests(WebFixture portal) : PortalTest(portal)
{
    private static readonly string[] StaffPages = ["/blog/review", "/newsletter/editions", "/newsletter/editions/compose"];

    [Theory]
    [InlineData(Roles.Participant, false)]
    [InlineData(Roles.GovernmentOfficial, false)]
    [InlineData(Roles.SupportUnit, true)]
    [InlineData(Roles.Administrator, true)]
    public async Task Only_staff_open_the_review_queue_and_the_newsletter_editions(string role, bool staff)
    {
        await Portal.CreateUserAsync("someone@example.org", roles: role);
        using var browser = await Portal.SignedInClientAsync("someone@example.org");
        foreach (var page in StaffPages)
        {
            await browser.GetAsync(page);
            Assert.Equal(staff ? HttpStatusCode.OK : HttpStatusCode.Forbidden, browser.Status);
        }

        using var anonymous = Portal.CreateClient(followRedirects: false);
        foreach (var page in StaffPages.Append("/blog/write").Append("/blog/mine"))
        {
            await anonymous.GetAsync(page);
            Assert.Equal(HttpStatusCode.Redirect, anonymous.Status);
        }
    }

    [Fact]
    public async Task My_blog_posts_say_blog_in_spanish_and_french_so_they_do_not_read_as_my_tickets_beside_my_events()
    {
        await Portal.CreateUserAsync("marta@example.org");
        using var author = await Portal.SignedInClientAsync("marta@example.org");

        var spanish = await author.ChooseLanguageAsync("es", "/blog/mine");
        Assert.Equal("Mis entradas de blog", spanish.QuerySelector("h1")!.TextContent);
        Assert.Contains(spanish.QuerySelectorAll("a[href='/blog/mine']"), a => a.TextContent == "Mis entradas de blog");
        var french = await author.ChooseLanguageAsync("fr", "/blog/mine");
        Assert.Equal("Mes billets de blog", french.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task A_participant_writes_the_support_unit_asks_a_change_the_author_edits_and_the_post_is_listed_filtered_and_in_the_feed()
    {
        await Scenario.LoadCampaignAsync(Portal);
        await Portal.CreateUserAsync("marta@example.org");
        await Portal.CreateUserAsync("support@example.org", roles: Roles.SupportUnit);
        using var author = await Portal.SignedInClientAsync("marta@example.org");
        using var support = await Portal.SignedInClientAsync("support@example.org");

        var write = await author.GetAsync("/blog/write");
        var empty = await author.SubmitAsync(
            write,
            "main form",
            new Dictionary<string, string> { ["Data.Title"] = "Half a post", ["Data.SubmitForReview"] = "true" }
        );
        Assert.True(
            empty.QuerySelector("#Data_Title") is not null,
            $"{author.Status}: {empty.Title} {empty.QuerySelector("main")?.TextContent}"
        );
        Assert.Equal("Half a post", empty.QuerySelector("#Data_Title")!.GetAttribute("value"));
        Assert.NotNull(empty.QuerySelector("#Data_Summary-error"));
        Assert.Equal(0, await Portal.WithDbAsync(db => db.BlogPosts.CountAsync()));

        var sent = await author.SubmitAsync(
            write,
            "main form",
            new Dictionary<string, string>
            {
                ["Data.Title"] = "Listening in Accra",
                ["Data.Summary"] = "How the forum heard everyone.",
                ["Data.Body"] = "We **listened**.",
                ["Data.Language"] = "en",
                ["Data.MemberCodes"] = "GH",
                ["Data.PolicyAreas"] = "civic-space",
                ["Data.SubmitForReview"] = "true",
            }
        );
        Assert.Equal("Listening in Accra", sent.QuerySelector("h1")!.TextContent);
        var id = await Portal.WithDbAsync(db => db.BlogPosts.Select(p => p.Id).SingleAsync());

        var queue = await support.GetAsync("/blog/review");
        Assert.Equal($"/blog/{id}/review", queue.QuerySelector("main table a")!.GetAttribute("href"));
        var review = await support.GetAsync($"/blog/{id}/review");
        var noComment = await support.SubmitAsync(
            review,
            "main form",
            new Dictionary<string, string> { ["decision"] = "RequestChanges", ["Comment"] = "" }
        );
        Assert.Equal("Say what should change.", noComment.QuerySelector("#Comment-error")!.TextContent);
        await support.SubmitAsync(
            review,
            "main form",
            new Dictionary<string, string> { ["decision"] = "RequestChanges", ["Comment"] = "Name the forum, please." }
        );

        var mine = await author.GetAsync("/blog/mine");
        Assert.Contains("Name the forum, please.", mine.QuerySelector("main table")!.TextContent, StringComparison.Ordinal);
        var edit = await author.GetAsync($"/blog/{id}/edit");
        Assert.Contains("Name the forum, please.", edit.QuerySelector("main section")!.TextContent, StringComparison.Ordinal);
        await author.SubmitAsync(
            edit,
            "main form",
            new Dictionary<string, string> { ["Data.Body"] = "The Ghana forum **listened**.", ["Data.SubmitForReview"] = "true" }
        );

        review = await support.GetAsync($"/blog/{id}/review");
        await support.SubmitAsync(review, "main form", new Dictionary<string, string> { ["decision"] = "Publish" });
        Assert.Equal(BlogPostStatus.Published, (await Portal.WithDbAsync(db => db.BlogPosts.SingleAsync())).Status);

        using var visitor = Portal.CreateClient();
        var blog = await visitor.GetAsync("/blog");
        var filtered = await visitor.SubmitAsync(
            blog,
            "main form",
            new Dictionary<string, string>
            {
                ["Filter.Member"] = "GH",
                ["Filter.Area"] = "civic-space",
                ["Filter.Language"] = "en",
            }
        );
        Assert.Equal("Listening in Accra", filtered.QuerySelector("main ol h2 a")!.TextContent);
        var none = await visitor.GetAsync("/blog?Filter.Language=fr");
        Assert.Empty(none.QuerySelectorAll("main ol li"));
        var post = await visitor.GetAsync($"/blog/{id}");
        Assert.Equal("The Ghana forum listened.", post.QuerySelector(".blog-body")!.TextContent.Trim());
        Assert.Null(post.QuerySelector("#history"));
        var authorPage = await visitor.GetAsync(post.QuerySelector("main article a[href^='/blog/authors/']")!.GetAttribute("href")!);
        Assert.Equal("Listening in Accra", authorPage.QuerySelector("main ol h2 a")!.TextContent);

        using var feed = await visitor.Http.GetAsync("/blog/feed.atom");
        Assert.Equal("application/atom+xml", feed.Content.Headers.ContentType!.MediaType);
        var atom = System.Xml.Linq.XDocument.Parse(await feed.Content.ReadAsStringAsync());
        System.Xml.Linq.XNamespace ns = "http://www.w3.org/2005/Atom";
        Assert.Equal(["Listening in Accra"], atom.Root!.Elements(ns + "entry").Select(e => e.Element(ns + "title")!.Value));
        Assert.Equal(4, await Portal.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.To == "marta@example.org")));
    }

    [Fact]
    public async Task The_support_unit_edits_the_call_for_posts_guidelines_everyone_reads_them_and_a_participant_cannot_change_them()
    {
        await Scenario.LoadCampaignAsync(Portal);
        await Portal.CreateUserAsync("support@example.org", roles: Roles.SupportUnit);
        await Portal.CreateUserAsync("pat@example.org");
        using var support = await Portal.SignedInClientAsync("support@example.org");
        const string Url = "/campaigns/global-cocreation-week-2017/call-for-posts";

        var page = await support.GetAsync(Url);
        var refused = await support.SubmitAsync(
            page,
            "main form",
            new Dictionary<string, string> { ["Data.Guidelines.En"] = "", ["Data.Guidelines.Fr"] = "Pas d’autopromotion." }
        );
        Assert.NotNull(refused.QuerySelector("#Data_Guidelines_En-error"));
        Assert.Equal("Pas d’autopromotion.", refused.QuerySelector("#Data_Guidelines_Fr")!.TextContent);
        await support.SubmitAsync(
            page,
            "main form",
            new Dictionary<string, string>
            {
                ["Data.Guidelines.En"] = "No self-promotion.\n400 to 1 000 words.",
                ["Data.Guidelines.Fr"] = "Pas d’autopromotion.",
            }
        );

        using var visitor = Portal.CreateClient();
        var french = await visitor.GetAsync(Url, "fr");
        Assert.Contains("Pas d’autopromotion.", french.QuerySelector("main section")!.TextContent, StringComparison.Ordinal);
        Assert.Null(french.QuerySelector("main form"));

        using var participant = await Portal.SignedInClientAsync("pat@example.org");
        var home = await participant.GetAsync(Url);
        var token = home.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        await participant.PostAsync(
            Url,
            new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Data.Guidelines.En"] = "Anything goes." }
        );
        Assert.Equal(HttpStatusCode.Forbidden, participant.Status);
        Assert.Equal(
            "No self-promotion.\n400 to 1 000 words.",
            (await Portal.WithDbAsync(db => db.CallsForPosts.SingleAsync())).Guidelines.En
        );
        using var missing = await visitor.Http.GetAsync("/campaigns/no-such-campaign/call-for-posts");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Posts_beyond_the_first_page_are_reached_by_the_next_page_links_of_the_blog_and_of_the_author()
    {
        var (author, reviewer) = await BlogScenario.PeopleAsync(Portal);
        var ids = new List<long>();
        for (var i = 0; i <= Web.Features.Blog.Index.PageSize; i++)
        {
            var id = await Portal.SendAsync(BlogScenario.Post(), author);
            Assert.True(
                await Portal.SendAsync(new Web.Features.Blog.Review.Command(id, Web.Features.Blog.Review.Decision.Publish, null), reviewer)
            );
            ids.Add(id);
        }

        using var visitor = Portal.CreateClient();
        var authorId = await Portal.WithDbAsync(db => db.BlogPosts.Select(p => p.AuthorId).FirstAsync());

        Assert.Equal(ids.OrderDescending(), await WalkAsync(visitor, "/blog?Language=es"));
        Assert.Equal(ids.OrderDescending(), await WalkAsync(visitor, $"/blog/authors/{authorId}"));
        Assert.Empty(await WalkAsync(visitor, "/blog?Language=fr"));
    }

    private static async Task<List<long>> WalkAsync(PortalClient visitor, string first)
    {
        var ids = new List<long>();
        string? next = first;
        while (next is not null)
        {
            var page = await visitor.GetAsync(next);
            ids.AddRange(
                page.QuerySelectorAll("main ol h2 a[href^='/blog/']")
                    .Select(a => long.Parse(a.GetAttribute("href")!["/blog/".Length..], System.Globalization.CultureInfo.InvariantCulture))
            );
            next = page.QuerySelector("a[rel=next]")?.GetAttribute("href");
            Assert.True(ids.Count < 1000, "the pages never end");
        }

        return ids;
    }
}
