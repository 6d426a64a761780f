using CoCreation.Testing;
using Microsoft.Playwright;

namespace CoCreation.Browser.Tests;

/// <summary>An official starts the National Action Plan, adds a commitment and
/// publishes; a visitor reads the plan and the commitment. Axe on each page.</summary>
public sealed class ActionPlanJourneyTests(BrowserFixture portal) : BrowserTest(portal)
{
    [Fact]
    public async Task An_official_publishes_a_plan_with_a_commitment_and_a_visitor_reads_it()
    {
        await Scenario.CreateAsync(Portal);
        await Page.SignInAsync("official.ar@example.org");

        await Page.GotoAsync("/members/ar");
        await AssertAccessibleAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Manage the National Action Plans" }).ClickAsync();
        await AssertAccessibleAsync();
        await Page.GetByLabel("NAP cycle").FillAsync("2017-2019");
        await Page.GetByLabel("Documents").FillAsync("Third National Action Plan | https://example.org/plan.pdf");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Your changes were saved.");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Add a commitment" }).ClickAsync();
        await AssertAccessibleAsync();
        await Page.GetByLabel("OGP commitment id").FillAsync("AR0090");
        await Page.GetByRole(AriaRole.Group, new() { Name = "Title" }).GetByLabel("English").FillAsync("Open contracting in public works");
        await Page.GetByRole(AriaRole.Group, new() { Name = "Title" })
            .GetByLabel("Spanish")
            .FillAsync("Contrataciones abiertas en obra pública");
        await Page.GetByLabel("The problem it addresses").FillAsync("Public works contracts are not published.");
        await Page.GetByRole(AriaRole.Group, new() { Name = "Policy areas" }).GetByLabel("Open contracting").CheckAsync();
        await Page.GetByRole(AriaRole.Group, new() { Name = "OGP values" }).GetByLabel("Access to information").CheckAsync();
        await Page.GetByLabel("Lead institution").FillAsync("Public procurement office");
        await Page.GetByLabel("Completion").SelectOptionAsync("Limited");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/commitments/ar0090");
        await AssertAccessibleAsync();

        await Page.GotoAsync("/members/ar/plans/edit?cycle=2017-2019");
        await Page.GetByLabel("Publish this plan now").CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Your changes were saved.");

        await using var visitorContext = await Portal.Browser.NewContextAsync(
            new() { BaseURL = Portal.BaseAddress.ToString(), Locale = "es-AR" }
        );
        var visitor = await visitorContext.NewPageAsync();
        await visitor.ChooseLanguageAsync("es", "/members/ar/plans/2017-2019");
        await Assertions.Expect(visitor.GetByRole(AriaRole.Table)).ToContainTextAsync("AR0090");
        await AssertAccessibleAsync(visitor);
        await visitor.GetByRole(AriaRole.Link, new() { Name = "Contrataciones abiertas en obra pública" }).ClickAsync();
        await Assertions
            .Expect(visitor.GetByRole(AriaRole.Heading, new() { Level = 1 }))
            .ToContainTextAsync("Contrataciones abiertas en obra pública");
        await Assertions.Expect(visitor.GetByRole(AriaRole.Main)).ToContainTextAsync("Public procurement office");
        await AssertAccessibleAsync(visitor);
    }
}
