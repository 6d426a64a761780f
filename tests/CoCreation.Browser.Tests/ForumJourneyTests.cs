using CoCreation.Testing;
using Microsoft.Playwright;

namespace CoCreation.Browser.Tests;

/// <summary>
/// Issue 22 item 4: a visitor finds a member's multi-stakeholder forum from its page and reads it in English, French and
/// Spanish; the demo official adds a civil society member and the balance moves. Axe and the HTML checker on each page.
/// </summary>
public sealed class ForumJourneyTests(BrowserFixture portal) : BrowserTest(portal)
{
    [Fact]
    public async Task A_visitor_reads_colombias_forum_in_three_languages_and_the_official_adds_a_civil_society_member()
    {
        await Scenario.LoadDemoAsync(Portal);

        await using var visitorContext = await Portal.Browser.NewContextAsync(new() { BaseURL = Portal.BaseAddress.ToString() });
        var visitor = await visitorContext.NewPageAsync();
        await visitor.GotoAsync("/members/co");
        await visitor
            .GetByRole(
                AriaRole.Link,
                new() { Name = "The multi-stakeholder forum – Colombia: its members and their balance, rules, meetings and decisions" }
            )
            .ClickAsync();
        await Assertions
            .Expect(visitor.GetByRole(AriaRole.Heading, new() { Level = 1 }))
            .ToHaveTextAsync("Multi-stakeholder forum – Colombia");
        var members = visitor.GetByRole(AriaRole.Region, new() { Name = "Members" });
        await Assertions.Expect(members.GetByRole(AriaRole.Rowheader)).ToHaveCountAsync(8);
        await Assertions.Expect(members).ToContainTextAsync("5 government members and 3 non-government members");
        await Assertions.Expect(members).ToContainTextAsync("Not at parity");
        var meetings = visitor.GetByRole(AriaRole.Region, new() { Name = "Meetings" });
        await Assertions.Expect(meetings).ToContainTextAsync("Minutes not published yet");
        await Assertions.Expect(meetings.GetByRole(AriaRole.Link, new() { Name = "Minutes" })).ToHaveCountAsync(4);
        await AssertAccessibleAsync(visitor);

        await visitor.ChooseLanguageAsync("fr", "/members/ar/forum");
        await Assertions.Expect(visitor.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Forum multipartite – Argentine");
        await Assertions.Expect(visitor.GetByRole(AriaRole.Region, new() { Name = "Membres" })).ToContainTextAsync("Parité atteinte");
        await AssertAccessibleAsync(visitor);
        await visitor.ChooseLanguageAsync("es", "/members/ar/forum");
        await Assertions
            .Expect(visitor.GetByRole(AriaRole.Region, new() { Name = "Registro de decisiones" }))
            .ToContainTextAsync("La Mesa");
        await Assertions
            .Expect(visitor.GetByRole(AriaRole.Region, new() { Name = "Reglas" }))
            .ToContainTextAsync("Mesa Nacional de Gobierno Abierto");
        await AssertAccessibleAsync(visitor);

        await Page.SignInAsync("official@demo.cocreation.example", Web.Data.Seed.DemoData.DemoPassword);
        await Page.GotoAsync("/members/co/forum");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Add a member to the forum" }).ClickAsync();
        await AssertAccessibleAsync();
        await Page.GetByLabel("Name").FillAsync("Lucía Pardo");
        await Page.GetByLabel("Organisation").FillAsync("Red de Veedurías de Colombia");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(Page.Locator("#form-errors")).ToContainTextAsync("Choose the member’s sector.");
        await Assertions.Expect(Page.GetByLabel("Name")).ToHaveValueAsync("Lucía Pardo");
        await AssertAccessibleAsync();
        await Page.GetByLabel("Sector").SelectOptionAsync("CivilSociety");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/members/co/forum");
        var updated = Page.GetByRole(AriaRole.Region, new() { Name = "Members" });
        await Assertions.Expect(updated).ToContainTextAsync("Lucía Pardo");
        await Assertions.Expect(updated).ToContainTextAsync("5 government members and 4 non-government members");
        await AssertAccessibleAsync();
    }
}
