using CoCreation.Testing;
using Microsoft.Playwright;

namespace CoCreation.Browser.Tests;

/// <summary>A visitor reads a proposal written in a language they do not read and asks the portal for a machine translation.</summary>
public sealed class TranslationJourneyTests(BrowserFixture portal) : BrowserTest(portal)
{
    /// <summary>A Latvian proposal: Latvia's own language, which a Spanish-speaking visitor may not read.</summary>
    private static readonly (string Member, string Title, string Problem, string Commitment) Latvian = (
        "LV",
        "Publicēt visus publiskos līgumus",
        "Publiskie līgumi netiek publicēti, un neviens nevar izsekot izdevumiem.",
        "Publicēt katru līgumu atvērto datu formātā."
    );

    [Fact]
    public async Task A_visitor_in_spanish_asks_for_a_translation_of_a_latvian_proposal_and_sees_it_marked_as_machine_translated()
    {
        var people = await Scenario.CreateAsync(Portal);
        var words = Latvian;
        var proposal = Scenario.Proposal(words.Member, "lv");
        proposal.Title = words.Title;
        proposal.Problem = words.Problem;
        proposal.ProposedCommitment = words.Commitment;
        proposal.ExpectedResults = null;
        var id = await Scenario.PublishedAsync(Portal, people, proposal);

        await Page.GotoAsync($"/submissions/{id}");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Español" }).ClickAsync();
        var title = Page.GetByRole(AriaRole.Heading, new() { Level = 1 });
        await Assertions.Expect(title).ToHaveTextAsync(words.Title);
        await AssertAccessibleAsync();

        await Page.GetByRole(AriaRole.Link, new() { Name = "Mostrar una traducción al español" }).ClickAsync();

        await Assertions.Expect(Page.GetByRole(AriaRole.Note)).ToContainTextAsync("Traducción automática al español");
        await Assertions.Expect(title).ToHaveTextAsync(TranslationServer.Translation(words.Title, "es"));
        await Assertions.Expect(Page.GetByText(TranslationServer.Translation(words.Problem, "es"))).ToBeVisibleAsync();
        await AssertAccessibleAsync();

        await Page.GetByRole(AriaRole.Link, new() { Name = "mostrar el original" }).ClickAsync();
        await Assertions.Expect(title).ToHaveTextAsync(words.Title);
        Assert.All(Portal.Translation.Requests, r => Assert.Equal(("lv", "es"), (r.Source, r.Target)));
    }
}
