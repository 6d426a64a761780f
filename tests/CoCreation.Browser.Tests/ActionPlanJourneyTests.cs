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
        await Page.Locator("#Data_Cycle").FillAsync("2017-2019");
        await Page.Locator("#Data_Documents").FillAsync("Third National Action Plan | https://example.org/plan.pdf");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Your changes were saved.");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Add a commitment" }).ClickAsync();
        await AssertAccessibleAsync();
        await Page.Locator("#Data_OgpId").FillAsync("AR0090");
        await Page.Locator("#Data_Title_En").FillAsync("Open contracting in public works");
        await Page.Locator("#Data_Title_Es").FillAsync("Contrataciones abiertas en obra pública");
        await Page.Locator("#Data_Problem").FillAsync("Public works contracts are not published.");
        await Page.Locator("#area-open-contracting").CheckAsync();
        await Page.Locator("#value-access-to-information").CheckAsync();
        await Page.Locator("#Data_LeadInstitution").FillAsync("Public procurement office");
        await Page.Locator("#Data_Completion").SelectOptionAsync("Limited");
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
        await visitor.GotoAsync("/language/es?returnUrl=/members/ar/plans/2017-2019");
        await Assertions.Expect(visitor.Locator("table")).ToContainTextAsync("AR0090");
        await AssertAccessibleAsync(visitor);
        await visitor.GetByRole(AriaRole.Link, new() { Name = "Contrataciones abiertas en obra pública" }).ClickAsync();
        await Assertions.Expect(visitor.Locator("h1")).ToContainTextAsync("Contrataciones abiertas en obra pública");
        await Assertions.Expect(visitor.Locator("main")).ToContainTextAsync("Public procurement office");
        await AssertAccessibleAsync(visitor);
    }
}
