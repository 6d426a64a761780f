using CoCreation.Testing;
using Microsoft.Playwright;

namespace CoCreation.Browser.Tests;

/// <summary>A participant's text in a right-to-left language inside a left-to-right interface.</summary>
public sealed class ContentLanguageJourneyTests(BrowserFixture portal) : BrowserTest(portal)
{
    [Fact]
    public async Task A_visitor_finds_a_hebrew_question_by_a_word_of_it_and_reads_it_right_to_left_in_a_french_page()
    {
        var people = await Scenario.CreateAsync(Portal);
        var question = Scenario.Question("IL");
        question.Title = "שיתוף הציבור בתקנות";
        question.Body = "טיוטות תקנות מתפרסמות לתקופה קצרה מאוד להערות הציבור (OGP 2017).";
        question.Language = "he";
        await Scenario.PublishedAsync(Portal, people, question);

        await Page.ChooseLanguageAsync("fr", "/submissions");
        await Page.GetByRole(AriaRole.Searchbox, new() { Name = "Rechercher" }).FillAsync("הציבור");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Appliquer les filtres" }).ClickAsync();
        var link = Page.GetByRole(AriaRole.Link, new() { Name = "שיתוף הציבור בתקנות" });
        await Assertions.Expect(link).ToHaveAttributeAsync("dir", "rtl");
        await AssertAccessibleAsync();

        await link.ClickAsync();
        var title = Page.GetByRole(AriaRole.Heading, new() { Level = 1 });
        await Assertions.Expect(title).ToHaveAttributeAsync("lang", "he");
        // The title and the text run right to left; the French interface around them stays left to right.
        Assert.Equal("rtl", await title.EvaluateAsync<string>("e => getComputedStyle(e).direction"));
        var text = Page.GetByText("טיוטות תקנות");
        Assert.Equal("rtl", await text.EvaluateAsync<string>("e => getComputedStyle(e).direction"));
        Assert.Equal("ltr", await Page.GetByRole(AriaRole.Main).EvaluateAsync<string>("e => getComputedStyle(e).direction"));
        await Assertions.Expect(Page.GetByText("Écrit en hébreu (עברית)")).ToBeVisibleAsync();
        await AssertAccessibleAsync();
    }
}
