using CoCreation.Domain.Blog;
using CoCreation.Domain.Newsletter;
using CoCreation.Web.Infrastructure.Identity;

namespace CoCreation.Web.Tests.Pages;

/// <summary>The support unit composes, previews, tests and sends an edition through the pages.</summary>
public sealed class NewsletterPagesTests(WebFixture portal) : PortalTest(portal)
{
    [Fact]
    public async Task The_support_unit_composes_previews_in_each_language_sends_a_test_then_sends_and_sees_the_progress()
    {
        var (support, _) = await Portal.CreateUserAsync("support@example.org", roles: Roles.SupportUnit);
        var postId = await BlogScenario.PublishedPostAsync(
            Portal,
            support.Id,
            "Sam",
            new BlogPostContent("Escuchar en el territorio", "Talleres en cuatro ciudades.", "Texto.", "es", [], [])
        );
        await Portal.WithDbAsync(db =>
        {
            db.Subscribers.Add(Subscriber.Confirm("lector@example.org", "es", DateTimeOffset.UtcNow));
            return db.SaveChangesAsync();
        });
        // 15:00–16:00 UTC is 10:00–11:00 in Bogotá: the edition gives the event's time in its zone, start to end.
        var eventId = await TestEvents.AddWebinarAsync(Portal, new DateTimeOffset(2030, 3, 5, 15, 0, 0, TimeSpan.Zero), capacity: 10);
        using var browser = await Portal.SignedInClientAsync("support@example.org");

        var compose = await browser.GetAsync("/newsletter/editions/compose");
        var refused = await browser.SubmitAsync(
            compose,
            "main form",
            new Dictionary<string, string> { ["Data.Subject.En"] = "", ["Data.Subject.Es"] = "Cocreación de abril" }
        );
        Assert.NotNull(refused.QuerySelector("#Data_Subject_En-error"));
        Assert.Equal("Cocreación de abril", refused.QuerySelector("#Data_Subject_Es")!.GetAttribute("value"));
        Assert.Equal(0, await Portal.WithDbAsync(db => db.Editions.CountAsync()));

        var preview = await browser.SubmitAsync(
            compose,
            "main form",
            new Dictionary<string, string>
            {
                ["Data.Subject.En"] = "April co-creation",
                ["Data.Subject.Es"] = "Cocreación de abril",
                ["Data.Intro.En"] = "All about co-creation.",
                ["Data.PostIds"] = postId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Data.EventIds"] = eventId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            }
        );
        Assert.Equal(3, preview.QuerySelectorAll(".newsletter-preview").Length);
        Assert.Contains(
            "Escuchar en el territorio",
            preview.QuerySelectorAll(".newsletter-preview")[2].TextContent,
            StringComparison.Ordinal
        );
        Assert.Contains("All about co-creation.", preview.QuerySelectorAll("main pre")[1].TextContent, StringComparison.Ordinal);
        Assert.Contains(
            "martes, 5 de marzo de 2030, 10:00–11:00 · zona horaria: Bogotá (UTC\u221205:00)",
            System.Text.RegularExpressions.Regex.Replace(
                preview.QuerySelectorAll(".newsletter-preview")[2].TextContent,
                @"[\s\u202f]+",
                " "
            ),
            StringComparison.Ordinal
        );

        var tested = await browser.SubmitAsync(preview, "main form[action*='handler=Test']", new Dictionary<string, string>());
        Assert.NotNull(tested.QuerySelector("main [role=status]"));
        await Portal.Smtp.WaitForAsync("support@example.org", m =>
            m.Subject?.Contains("Cocreación de abril", StringComparison.Ordinal) == true
        );

        var sending = await browser.SubmitAsync(tested, "main form[action*='handler=Send']", new Dictionary<string, string>());
        Assert.Equal("1", sending.QuerySelectorAll("main dl dd")[0].TextContent);
        await Portal.SendAsync(new Web.Features.Newsletter.Dispatch.Command(10), CurrentActor.System);
        await Portal.Smtp.WaitForAsync("lector@example.org");
        var editions = await browser.GetAsync("/newsletter/editions");
        Assert.Equal("Sending", editions.QuerySelectorAll("main table td")[1].TextContent);

        using var visitor = Portal.CreateClient();
        var archive = await visitor.GetAsync("/newsletter");
        Assert.Equal("April co-creation", archive.QuerySelector("#past ~ ul a")!.TextContent);
    }
}
