using AngleSharp.Html.Dom;
using CoCreation.Domain.Submissions;

namespace CoCreation.Web.Tests.Pages;

/// <summary>An official finds the members they answer for from the navigation, each with what waits for them.</summary>
public sealed class AnswerPagesTests(WebFixture portal) : PortalTest(portal)
{
    [Fact]
    public async Task An_official_reaches_my_countries_from_the_navigation_and_sees_only_their_members_with_what_waits()
    {
        var people = await Scenario.CreateAsync(Portal);
        var proposal = await Scenario.ForwardedAsync(Portal, people, Scenario.Proposal("AR"));
        using var argentine = await Portal.SignedInClientAsync("official.ar@example.org");

        var home = await argentine.GetAsync("/");
        var link = home.QuerySelectorAll("nav a").Single(a => a.TextContent.Trim() == "My countries");
        var page = await argentine.GetAsync(link.GetAttribute("href")!);

        Assert.Equal(HttpStatusCode.OK, argentine.Status);
        Assert.Equal("My countries", page.QuerySelector("h1")!.TextContent.Trim());
        var member = page.QuerySelectorAll("#my-members li").Single();
        Assert.Equal("Argentina", member.QuerySelector("h2 a")!.TextContent.Trim());
        Assert.Equal("/members/ar", member.QuerySelector("h2 a")!.GetAttribute("href"));
        Assert.Contains("1 submission to answer", member.TextContent, StringComparison.Ordinal);
        Assert.NotNull(member.QuerySelector("a[href='/members/ar/timeline/edit']"));
        Assert.NotNull(member.QuerySelector("a[href='/answers']"));

        using var colombian = await Portal.SignedInClientAsync("official.co@example.org");
        await colombian.ChooseLanguageAsync("es");
        var spanish = await colombian.GetAsync("/answers/members");
        Assert.Equal("Mis países", spanish.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("0 contribuciones por responder", spanish.QuerySelector("#my-members li")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Argentina", spanish.QuerySelector("#my-members")!.TextContent, StringComparison.Ordinal);

        using var participant = await Portal.SignedInClientAsync("ana@example.org");
        var own = await participant.GetAsync("/");
        Assert.DoesNotContain(own.QuerySelectorAll("nav a"), a => a.TextContent.Trim() == "My countries");
        await participant.GetAsync("/answers/members");
        Assert.Equal(HttpStatusCode.Forbidden, participant.Status);
    }

    [Fact]
    public async Task A_question_comes_with_its_only_outcome_chosen_and_a_proposals_missing_outcome_is_linked_from_the_summary()
    {
        var people = await Scenario.CreateAsync(Portal);
        var question = await Scenario.ForwardedAsync(Portal, people, Scenario.Question());
        var proposal = await Scenario.ForwardedAsync(Portal, people, Scenario.Proposal("AR"));
        using var official = await Portal.SignedInClientAsync("official.ar@example.org");

        // One outcome is no choice: it comes chosen, and the reason alone publishes the answer.
        var form = await official.GetAsync($"/answers/{question}");
        var only = (IHtmlInputElement)Assert.Single(form.QuerySelectorAll("input[name='Data.Outcome']"));
        Assert.True(only.IsChecked);
        var answered = await official.SubmitAsync(form, "main form.border", new Dictionary<string, string> { ["Data.Reason"] = "Room 2." });
        Assert.Equal($"/submissions/{question}", official.AddressOf(answered).AbsolutePath);
        Assert.Equal(
            "Your answer is published. People who follow this submission are notified.",
            answered.QuerySelector("[role=status]#answered")!.TextContent.Trim()
        );
        // Said once: the page read again is quiet, and a reader following the same address is told nothing.
        Assert.Null((await official.GetAsync($"/submissions/{question}")).QuerySelector("#answered"));
        using var reader = Portal.CreateClient();
        Assert.Null((await reader.GetAsync($"/submissions/{question}?answered=true")).QuerySelector("#answered"));
        Assert.Equal(
            Domain.Submissions.SubmissionStatus.Answered,
            await Portal.WithDbAsync(db => db.Submissions.Where(s => s.Id == question).Select(s => s.Status).SingleAsync())
        );

        // A proposal's three outcomes wait for a choice; the summary's line for it leads to the first, as the others lead to theirs.
        var choices = await official.GetAsync($"/answers/{proposal}");
        Assert.Empty(choices.QuerySelectorAll("input[name='Data.Outcome']:checked"));
        var refused = await official.SubmitAsync(choices, "main form.border", new Dictionary<string, string> { ["Data.Reason"] = "" });
        var lines = refused.QuerySelectorAll("#form-errors li").ToList();
        var outcome = lines.Single(l => l.TextContent.Contains("Choose what became of it.", StringComparison.Ordinal));
        Assert.Equal("#outcome-Included", outcome.QuerySelector("a")?.GetAttribute("href"));
        Assert.NotNull(refused.QuerySelector("#outcome-Included"));
        Assert.All(lines, l => Assert.NotNull(l.QuerySelector("a")));
    }

    [Fact]
    public async Task An_answer_says_the_language_it_is_written_in_and_pages_mark_it_so_a_screen_reader_reads_it_in_that_voice()
    {
        var people = await Scenario.CreateAsync(Portal);
        var question = await Scenario.ForwardedAsync(Portal, people, Scenario.Question());
        using var official = await Portal.SignedInClientAsync("official.ar@example.org");

        // Argentina writes in Spanish: the form starts there; a language the portal does not know is refused, the reason kept.
        var form = await official.GetAsync($"/answers/{question}");
        Assert.Equal("es", ((IHtmlSelectElement)form.QuerySelector("#Data_Language")!).Value);
        var refused = await official.SubmitAsync(
            form,
            "main form.border",
            new Dictionary<string, string> { ["Data.Language"] = "xx-nope", ["Data.Reason"] = "La sala 2, el 4 de abril." }
        );
        Assert.Equal("Choose the language of your answer.", refused.QuerySelector("#Data_Language-error")!.TextContent.Trim());
        Assert.Equal("La sala 2, el 4 de abril.", refused.QuerySelector("#Data_Reason")!.TextContent);
        Assert.Equal(SubmissionStatus.Forwarded, await Scenario.SubmissionStatusAsync(Portal, question));

        await official.SubmitAsync(
            refused,
            "main form.border",
            new Dictionary<string, string> { ["Data.Language"] = "es", ["Data.Reason"] = "La sala 2, el 4 de abril." }
        );

        using var visitor = Portal.CreateClient();
        var page = await visitor.GetAsync($"/submissions/{question}", "en");
        Assert.Equal("es", page.QuerySelector("#answer + p")!.GetAttribute("lang"));
        var step = page.QuerySelectorAll("ol.history li").Single(li => li.TextContent.Contains("La sala 2", StringComparison.Ordinal));
        Assert.Equal("es", step.QuerySelector("span[lang]")!.GetAttribute("lang"));
    }
}
