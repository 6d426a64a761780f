using CoCreation.Domain.Submissions;
using Microsoft.Extensions.Time.Testing;

namespace CoCreation.Web.Tests.Pages;

public sealed class ResponseClockPagesTests(WebFixture portal) : PortalTest(portal)
{
    [Fact]
    public async Task A_forwarded_submission_shows_the_days_it_waited_and_an_answered_one_the_days_its_answer_took()
    {
        var people = await Scenario.CreateAsync(Portal);
        var waiting = await Scenario.ForwardedAsync(Portal, people, Scenario.Proposal());
        var answered = await Scenario.ForwardedAsync(Portal, people, Scenario.Question());
        var published = await Scenario.PublishedAsync(Portal, people, Scenario.Question("CO"));
        var forwardedAt = await Portal.WithDbAsync(db =>
            db.Submissions.Where(s => s.Id == waiting).Select(s => s.ForwardedAt!.Value).SingleAsync()
        );
        var clock = new FakeTimeProvider(forwardedAt.AddDays(5).AddHours(1));
        await using var timed = Portal.WithClock(clock);
        await timed.SendAsync(
            Scenario.Answer(answered, AnswerOutcome.Answered, "The calendar is on the ministry's page."),
            people.ArgentinaOfficial
        );
        clock.SetUtcNow(forwardedAt.AddDays(12).AddHours(1));
        using var visitor = timed.CreatePortalClient();

        var page = await visitor.GetAsync($"/submissions/{waiting}");
        Assert.Equal("Waiting for an answer for 12 days", page.QuerySelector("#response-clock")!.TextContent.Trim());
        var french = await visitor.GetAsync($"/submissions/{waiting}", language: "fr");
        Assert.Equal("En attente d’une réponse depuis 12 jours", french.QuerySelector("#response-clock")!.TextContent.Trim());
        var done = await visitor.GetAsync($"/submissions/{answered}", language: "es");
        Assert.Equal("Respondida en 5 días", done.QuerySelector("#response-clock")!.TextContent.Trim());
        Assert.Null((await visitor.GetAsync($"/submissions/{published}", language: "en")).QuerySelector("#response-clock"));

        var list = await visitor.GetAsync("/submissions");
        string? Card(long id) =>
            list.QuerySelector($"a[href='/submissions/{id}']")!.Closest("li")!.QuerySelector(".response-clock")?.TextContent.Trim();
        Assert.Equal("Waiting for an answer for 12 days", Card(waiting));
        Assert.Equal("Answered in 5 days", Card(answered));
        Assert.Null(Card(published));

        AngleSharp.Html.Dom.IHtmlDocument member = null!;
        var commands = await DbCommands.CountAsync(Portal, async () => member = await Portal.CreateClient().GetAsync("/members/ar"));
        Assert.True(commands <= 3, $"{commands} round trips");
        member = await visitor.GetAsync("/members/ar");
        Assert.Equal("5 days", member.QuerySelector("#median-days-to-answer")!.TextContent.Trim());
        var oldest = member.QuerySelector("#oldest-waiting")!;
        Assert.NotNull(oldest.QuerySelector($"a[href='/submissions/{waiting}'][lang=es]"));
        Assert.Contains("Waiting for an answer for 12 days", oldest.TextContent, StringComparison.Ordinal);
        var scorecard = await visitor.GetAsync("/members/ar/scorecard");
        Assert.Equal("5 days", scorecard.QuerySelector("#median-days-to-answer")!.TextContent.Trim());
        Assert.NotNull(scorecard.QuerySelector($"#oldest-waiting a[href='/submissions/{waiting}']"));
        var colombia = await visitor.GetAsync("/members/co");
        Assert.Equal("No answer yet", colombia.QuerySelector("#median-days-to-answer")!.TextContent.Trim());
        Assert.Equal("Nothing is waiting for an answer.", colombia.QuerySelector("#oldest-waiting")!.TextContent.Trim());

        var pages = new List<(string, string)>();
        foreach (
            var path in new[]
            {
                $"/submissions/{waiting}",
                $"/submissions/{answered}",
                "/submissions",
                "/members/ar",
                "/members/ar/scorecard",
            }
        )
        {
            pages.Add((path, await visitor.Http.GetStringAsync(path)));
        }

        using var support = await timed.SignedInClientAsync("support@example.org");
        pages.Add(("/moderation/dashboard", await support.Http.GetStringAsync("/moderation/dashboard")));
        Assert.Empty(await HtmlChecker.ErrorsAsync(pages));
    }
}
