using System.Text.RegularExpressions;
using CoCreation.Domain.Blog;
using CoCreation.Testing;
using CoCreation.Web.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace CoCreation.Browser.Tests;

public sealed partial class BlogJourneyTests(BrowserFixture portal) : BrowserTest(portal)
{
    [Fact]
    public async Task A_participant_submits_a_post_the_support_unit_asks_a_change_the_author_edits_and_the_post_is_published_in_the_feed()
    {
        await Scenario.LoadCampaignAsync(Portal);
        await Portal.CreateUserAsync("marta@example.org");
        var (_, staff) = await Portal.CreateUserAsync("support@example.org", roles: Roles.SupportUnit);
        await Portal.SendAsync(
            new Web.Features.Blog.CallForPostsGuidelines.Command
            {
                Slug = "global-cocreation-week-2017",
                Guidelines = new() { En = "No self-promotion.\n400 to 1 000 words." },
            },
            staff
        );

        await Page.SignInAsync("marta@example.org");
        await Page.GotoAsync("/campaigns/global-cocreation-week-2017/call-for-posts");
        await Assertions.Expect(Page.GetByText("No self-promotion.")).ToBeVisibleAsync();
        await AssertAccessibleAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Write a post" }).First.ClickAsync();
        await AssertAccessibleAsync();
        await Page.GetByLabel("Title (required)", new() { Exact = true }).FillAsync("Listening in Accra");
        await Page.GetByLabel("Summary").FillAsync("How the forum heard everyone.");
        await Page.GetByLabel("Text (Markdown)").FillAsync("We **listened** to everyone.");
        await Page.GetByLabel("Related members").SelectOptionAsync(new SelectOptionValue { Label = "Ghana" });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Send for review" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Listening in Accra");
        await AssertAccessibleAsync();

        await using var supportContext = await Portal.Browser.NewContextAsync(
            new() { BaseURL = Portal.BaseAddress.ToString(), Locale = "en-GB" }
        );
        var support = await supportContext.NewPageAsync();
        await support.SignInAsync("support@example.org");
        await support.GotoAsync("/blog/review");
        await AssertAccessibleAsync(support);
        await support.GetByRole(AriaRole.Link, new() { Name = "Listening in Accra" }).ClickAsync();
        await AssertAccessibleAsync(support);
        await support.GetByLabel("Comment for the author").FillAsync("Name the forum, please.");
        await support.GetByRole(AriaRole.Button, new() { Name = "Ask for changes" }).ClickAsync();
        await Assertions.Expect(support.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Blog posts to review");

        await Page.GotoAsync("/blog/mine");
        await Assertions.Expect(Page.GetByText("Name the forum, please.")).ToBeVisibleAsync();
        await AssertAccessibleAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Listening in Accra" }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Edit the post" }).ClickAsync();
        await AssertAccessibleAsync();
        await Page.GetByLabel("Text (Markdown)").FillAsync("The **Ghana forum** listened to everyone.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Send for review" }).ClickAsync();
        await Assertions.Expect(Page.GetByText("Waiting for review")).ToBeVisibleAsync();

        await support.GotoAsync("/blog/review");
        await support.GetByRole(AriaRole.Link, new() { Name = "Listening in Accra" }).ClickAsync();
        await support.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();

        await using var visitorContext = await Portal.Browser.NewContextAsync(
            new() { BaseURL = Portal.BaseAddress.ToString(), Locale = "en-GB" }
        );
        var visitor = await visitorContext.NewPageAsync();
        await visitor.GotoAsync("/blog");
        await AssertAccessibleAsync(visitor);
        await visitor.GetByRole(AriaRole.Link, new() { Name = "Listening in Accra" }).ClickAsync();
        await Assertions.Expect(visitor.GetByRole(AriaRole.Article).GetByRole(AriaRole.Strong)).ToHaveTextAsync("Ghana forum");
        await AssertAccessibleAsync(visitor);
        await visitor.GetByRole(AriaRole.Link, new() { Name = "marta" }).ClickAsync();
        await AssertAccessibleAsync(visitor);
        var feed = await visitor.APIRequest.GetAsync("/blog/feed.atom");
        Assert.Contains("Listening in Accra", await feed.TextAsync(), StringComparison.Ordinal);
        Assert.Equal(BlogPostStatus.Published, await Portal.WithDbAsync(db => db.BlogPosts.Select(p => p.Status).SingleAsync()));
        await Portal.Smtp.WaitForAsync("marta@example.org", m => m.Subject!.EndsWith("is published", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_visitor_subscribes_confirms_receives_the_edition_composed_by_the_support_unit_and_unsubscribes_in_one_click()
    {
        var (staff, _) = await Portal.CreateUserAsync("support@example.org", roles: Roles.SupportUnit);
        await BlogScenario.PublishedPostAsync(
            Portal,
            staff.Id,
            "Sam",
            new BlogPostContent("Co-creating in Accra", "How the forum heard everyone.", "Text.", "en", [], [])
        );

        await Page.GotoAsync("/newsletter");
        await AssertAccessibleAsync();
        await Page.GetByLabel("Email address").FillAsync("claire@example.org");
        await Page.GetByLabel("Language of the newsletter").SelectOptionAsync(new SelectOptionValue { Label = "French" });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Subscribe" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status).First).ToContainTextAsync("open the email");
        await AssertAccessibleAsync();

        var confirmation = await Portal.Smtp.WaitForAsync("claire@example.org");
        await Page.GotoAsync(new Uri(EmailedLinks.NewsletterConfirmation().Match(confirmation.TextBody!).Value).PathAndQuery);
        await AssertAccessibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Confirm my subscription" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status).First).ToContainTextAsync("claire@example.org");
        await AssertAccessibleAsync();

        // The support unit composes and previews the edition, then sends it.
        await using var supportContext = await Portal.Browser.NewContextAsync(
            new() { BaseURL = Portal.BaseAddress.ToString(), Locale = "en-GB" }
        );
        var support = await supportContext.NewPageAsync();
        await support.SignInAsync("support@example.org");
        await support.GotoAsync("/newsletter/editions");
        await AssertAccessibleAsync(support);
        await support.GetByRole(AriaRole.Link, new() { Name = "New edition" }).ClickAsync();
        await AssertAccessibleAsync(support);
        await support.GetByRole(AriaRole.Group, new() { Name = "Subject" }).GetByLabel("English").FillAsync("April co-creation");
        await support.GetByRole(AriaRole.Group, new() { Name = "Subject" }).GetByLabel("French").FillAsync("La co-création en avril");
        await support.GetByRole(AriaRole.Group, new() { Name = "Introduction" }).GetByLabel("English").FillAsync("All about co-creation.");
        await support.GetByLabel("Co-creating in Accra (Sam)").CheckAsync();
        await support.GetByRole(AriaRole.Button, new() { Name = "Save and preview" }).ClickAsync();
        await Assertions.Expect(support.GetByRole(AriaRole.Region, new() { NameRegex = PreviewIn() })).ToHaveCountAsync(3);
        await AssertAccessibleAsync(support);
        await support.GetByRole(AriaRole.Button, new() { Name = "Send to every confirmed reader" }).ClickAsync();
        await Assertions.Expect(support.GetByRole(AriaRole.Heading, new() { Name = "Sending progress" })).ToBeVisibleAsync();
        await AssertAccessibleAsync(support);
        await Portal.SendAsync(new Web.Features.Newsletter.Dispatch.Command(10), CurrentActor.System);

        var edition = await Portal.Smtp.WaitForAsync("claire@example.org", m => m.Subject == "La co-création en avril");
        var unsubscribe = edition.Headers["List-Unsubscribe"]!.Trim('<', '>');
        Assert.Equal("List-Unsubscribe=One-Click", edition.Headers["List-Unsubscribe-Post"]);
        await Page.GotoAsync(new Uri(unsubscribe).PathAndQuery);
        await AssertAccessibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Unsubscribe" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status).First).ToContainTextAsync("will not receive");
        await AssertAccessibleAsync();
        Assert.False(await Portal.WithDbAsync(db => db.Subscribers.AnyAsync(s => s.UnsubscribedAt == null)));

        var id = await Portal.WithDbAsync(db => db.Editions.Select(e => e.Id).SingleAsync());
        await Page.GotoAsync($"/newsletter/{id}");
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("April co-creation");
        await AssertAccessibleAsync();
    }

    [GeneratedRegex("^Preview in (English|French|Spanish)$")]
    private static partial Regex PreviewIn();
}
