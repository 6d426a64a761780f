using CoCreation.Testing;
using CoCreation.Web.Infrastructure.Identity;
using Microsoft.Playwright;

namespace CoCreation.Browser.Tests;

/// <summary>
/// The conversation under a proposal, by accessible names, in several browser contexts: a participant comments in
/// French, the author replies, an official answers in Spanish with the mark of their member, three readers report
/// the first comment, which is hidden, and the support unit restores it; then they report the proposal itself, which is
/// hidden from all but its author until the support unit restores it too; axe on every page of the journey.
/// </summary>
public sealed class CommentJourneyTests(BrowserFixture portal) : BrowserTest(portal)
{
    [Fact]
    public async Task A_comment_in_french_a_reply_an_official_answer_in_spanish_three_reports_and_a_restore()
    {
        var people = await Scenario.CreateAsync(Portal);
        var id = await Scenario.PublishedAsync(Portal, people, Scenario.Proposal());
        var proposal = $"/submissions/{id}";
        foreach (var reader in new[] { "chloe", "bruno", "dario", "emma" })
        {
            await Portal.CreateUserAsync($"{reader}@example.org", roles: Roles.Participant);
        }

        // Chloé reads the portal in French and writes in French.
        await Page.SignInAsync("chloe@example.org");
        await Page.ChooseLanguageAsync("fr", proposal);
        await Page.GetByRole(AriaRole.Textbox, new() { Name = "Votre commentaire" })
            .FillAsync("Qui publiera les avenants aux contrats ? Voir https://example.org/avenants");
        await Page.GetByLabel("Langue de votre commentaire").SelectOptionAsync("fr");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Publier le commentaire" }).ClickAsync();
        var first = Page.GetByRole(AriaRole.Article).Filter(new() { HasText = "Qui publiera les avenants" });
        await Assertions.Expect(first.GetByRole(AriaRole.Link, new() { Name = "https://example.org/avenants" })).ToBeVisibleAsync();
        await Assertions.Expect(first.Locator("p[lang=fr]")).ToBeVisibleAsync();
        await AssertAccessibleAsync();

        // Ana, the proposal's author, answers back from the reply page.
        var ana = await NewPageAsync();
        await ana.SignInAsync("ana@example.org");
        await ana.GotoAsync(proposal);
        await ana.GetByRole(AriaRole.Link, new() { Name = "Reply to chloe" }).ClickAsync();
        await AssertAccessibleAsync(ana);
        await ana.GetByRole(AriaRole.Textbox, new() { Name = "Your reply" })
            .FillAsync("Los publicaría la Oficina Nacional de Contrataciones.");
        await ana.GetByLabel("Language of your comment").SelectOptionAsync("es");
        await ana.GetByRole(AriaRole.Button, new() { Name = "Post the reply" }).ClickAsync();
        await Assertions.Expect(ana.GetByText("Los publicaría la Oficina Nacional de Contrataciones.")).ToBeVisibleAsync();
        await AssertAccessibleAsync(ana);

        // The official of Argentina writes in Spanish, in a Spanish interface; the mark comes from the role.
        var official = await NewPageAsync();
        await official.SignInAsync("official.ar@example.org");
        await official.ChooseLanguageAsync("es", proposal);
        await official
            .GetByRole(AriaRole.Textbox, new() { Name = "Su comentario" })
            .FillAsync("El Gobierno presentará el calendario en el foro de mayo.");
        await official.GetByLabel("Idioma de su comentario").SelectOptionAsync("es");
        await official.GetByRole(AriaRole.Button, new() { Name = "Publicar el comentario" }).ClickAsync();
        var answer = official.GetByRole(AriaRole.Article).Filter(new() { HasText = "El Gobierno presentará el calendario" });
        await Assertions.Expect(answer.GetByText("Funcionario de Argentina")).ToBeVisibleAsync();
        await AssertAccessibleAsync(official);

        // Three readers report Chloé's comment; the third report hides it.
        foreach (var reader in new[] { "bruno", "dario", "emma" })
        {
            var page = await NewPageAsync();
            await page.SignInAsync($"{reader}@example.org");
            await page.GotoAsync(proposal);
            await page.GetByRole(AriaRole.Link, new() { Name = "Report the comment of chloe" }).ClickAsync();
            await AssertAccessibleAsync(page);
            await page.GetByLabel("Why do you report it?").SelectOptionAsync("Offensive");
            await page.GetByRole(AriaRole.Button, new() { Name = "Send the report" }).ClickAsync();
            await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == proposal);
        }

        var visitor = await NewPageAsync();
        await visitor.GotoAsync(proposal);
        await Assertions.Expect(visitor.GetByText("This comment is hidden while the OGP Support Unit reviews it.")).ToBeVisibleAsync();
        await Assertions.Expect(visitor.GetByText("Qui publiera les avenants")).ToHaveCountAsync(0);
        await Assertions.Expect(visitor.GetByText("Los publicaría la Oficina Nacional de Contrataciones.")).ToBeVisibleAsync();
        await AssertAccessibleAsync(visitor);

        // The support unit reads the reports and restores the comment.
        var support = await NewPageAsync();
        await support.SignInAsync("support@example.org");
        await support.GotoAsync("/moderation/comments");
        var queued = support.GetByRole(AriaRole.Article).Filter(new() { HasText = "Qui publiera les avenants" });
        await Assertions.Expect(queued.GetByRole(AriaRole.Listitem)).ToHaveCountAsync(3);
        await AssertAccessibleAsync(support);
        await support.GetByRole(AriaRole.Button, new() { Name = "Restore the comment of chloe" }).ClickAsync();
        await Assertions.Expect(support.GetByRole(AriaRole.Status)).ToContainTextAsync("Your decision was recorded.");
        await AssertAccessibleAsync(support);

        await visitor.ReloadAsync();
        await Assertions.Expect(visitor.GetByText("Qui publiera les avenants", new() { Exact = false })).ToBeVisibleAsync();

        // The same readers report the proposal itself: the third report hides it from everyone but its author.
        foreach (var reader in new[] { "bruno", "dario", "emma" })
        {
            var page = await NewPageAsync();
            await page.SignInAsync($"{reader}@example.org");
            await page.GotoAsync(proposal);
            await page.GetByRole(AriaRole.Link, new() { Name = "Report this submission" }).ClickAsync();
            await AssertAccessibleAsync(page);
            await page.GetByLabel("Why do you report it?").SelectOptionAsync("OffTopic");
            await page.GetByRole(AriaRole.Button, new() { Name = "Send the report" }).ClickAsync();
        }

        Assert.Equal(404, (await visitor.GotoAsync(proposal))!.Status);
        await ana.GotoAsync(proposal);
        await Assertions.Expect(ana.GetByText("Readers reported this submission", new() { Exact = false })).ToBeVisibleAsync();
        await AssertAccessibleAsync(ana);

        // The support unit finds it beside the comments and lets it be read again.
        await support.GotoAsync("/moderation/comments");
        var reported = support.GetByRole(AriaRole.Article).Filter(new() { HasText = "Publicar todos los contratos públicos" });
        await Assertions.Expect(reported.GetByRole(AriaRole.Listitem)).ToHaveCountAsync(3);
        await AssertAccessibleAsync(support);
        await reported.GetByRole(AriaRole.Button, new() { Name = "Restore" }).ClickAsync();
        await Assertions.Expect(support.GetByRole(AriaRole.Status)).ToContainTextAsync("Your decision was recorded.");
        Assert.Equal(200, (await visitor.GotoAsync(proposal))!.Status);
    }
}
