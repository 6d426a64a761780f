using CoCreation.Testing;
using Microsoft.Playwright;

namespace CoCreation.Browser.Tests;

/// <summary>Issue 22: Argentina's official adds a milestone and a progress update with an evidence link to a published
/// plan's commitment; a visitor reads them on the commitment's page and sees the plan's chart. Axe on each page.</summary>
public sealed class MilestoneJourneyTests(BrowserFixture portal) : BrowserTest(portal)
{
    [Fact]
    public async Task Argentinas_official_adds_a_milestone_and_progress_with_evidence_and_a_visitor_reads_them()
    {
        await PlanScenario.ImplementingPlanAsync(Portal);

        await Page.SignInAsync("official.ar@example.org");
        await Page.GotoAsync("/commitments/ar0090");
        await AssertAccessibleAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Add a milestone" }).ClickAsync();
        await AssertAccessibleAsync();
        var text = Page.GetByRole(AriaRole.Group, new() { Name = "Milestone" });
        await text.GetByLabel("English").FillAsync("Publish every public works contract of 2018");
        await text.GetByLabel("Spanish").FillAsync("Publicar todos los contratos de obra pública de 2018");
        await Page.GetByLabel("Start date").FillAsync("2018-01-01");
        await Page.GetByLabel("End date").FillAsync("2018-12-31");
        await Page.GetByLabel("Expected output").FillAsync("An open data set of contracts");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/commitments/ar0090");
        await Assertions
            .Expect(Page.GetByRole(AriaRole.Table, new() { Name = "Milestones" }))
            .ToContainTextAsync("Publish every public works contract of 2018");
        await AssertAccessibleAsync();

        await Page.GetByRole(AriaRole.Link, new() { Name = "Report progress" }).ClickAsync();
        await AssertAccessibleAsync();
        await Page.GetByLabel("Date of the update").FillAsync("2018-11-15");
        await Page.GetByLabel("Level of completion").SelectOptionAsync("Substantial");
        await Page.GetByLabel("Language of the text").SelectOptionAsync("es");
        await Page.GetByLabel("What was done").FillAsync("Se publicaron 1200 contratos de obra pública.");
        await Page.GetByLabel("Evidence link 1").FillAsync("https://datos.gob.ar/dataset/contratos-2018");
        await Page.GetByLabel("Title of link 1 (optional)").FillAsync("Contratos 2018");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/commitments/ar0090");
        await AssertAccessibleAsync();

        await using var visitorContext = await Portal.Browser.NewContextAsync(new() { BaseURL = Portal.BaseAddress.ToString() });
        var visitor = await visitorContext.NewPageAsync();
        await visitor.GotoAsync("/commitments/ar0090");
        var progress = visitor.GetByRole(AriaRole.Region, new() { Name = "Progress updates" });
        await Assertions.Expect(progress).ToContainTextAsync("Se publicaron 1200 contratos de obra pública.");
        await Assertions.Expect(progress).ToContainTextAsync("Substantial");
        await Assertions
            .Expect(progress.GetByRole(AriaRole.Link, new() { Name = "Contratos 2018" }))
            .ToHaveAttributeAsync("href", "https://datos.gob.ar/dataset/contratos-2018");
        await Assertions
            .Expect(visitor.GetByRole(AriaRole.Region, new() { Name = "Milestones" }))
            .ToContainTextAsync("Milestone added: “Publish every public works contract of 2018”");
        await AssertAccessibleAsync(visitor);

        await visitor.GotoAsync("/members/ar/plans/2017-2019");
        await Assertions.Expect(visitor.GetByRole(AriaRole.Img, new() { Name = "Commitments by level of completion" })).ToBeVisibleAsync();
        await AssertAccessibleAsync(visitor);

        // An IRM researcher reading in French finds the update in Argentina's evidence pack, and in its ZIP.
        await visitorContext.AddCookiesAsync([
            new Cookie
            {
                Name = "lang",
                Value = "c=fr|uic=fr",
                Url = Portal.BaseAddress.ToString(),
            },
        ]);
        await visitor.GotoAsync("/members/ar");
        await visitor.GetByRole(AriaRole.Link, new() { Name = "Dossier de preuves pour l’IRM" }).ClickAsync();
        await Assertions.Expect(visitor.Locator("html")).ToHaveAttributeAsync("lang", "fr");
        await Assertions.Expect(visitor.GetByText("Se publicaron 1200 contratos de obra pública.")).ToBeVisibleAsync();
        await AssertAccessibleAsync(visitor);
        var download = await visitor.RunAndWaitForDownloadAsync(() =>
            visitor.GetByRole(AriaRole.Link, new() { Name = "Télécharger le dossier de preuves" }).ClickAsync()
        );
        using var zip = new MemoryStream();
        await (await download.CreateReadStreamAsync()).CopyToAsync(zip);
        using var archive = new System.IO.Compression.ZipArchive(zip);
        var progressCsv = archive.Entries.Single(e => e.Name == "progress.csv");
        using var reader = new StreamReader(progressCsv.Open());
        Assert.Contains("Se publicaron 1200 contratos de obra pública.", await reader.ReadToEndAsync(), StringComparison.Ordinal);
    }
}
