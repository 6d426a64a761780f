using CoCreation.Domain.ActionPlans;
using CoCreation.Domain.Common;
using CoCreation.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace CoCreation.Browser.Tests;

/// <summary>
/// The heart of the portal across three people in three browser contexts: a participant proposes in
/// Spanish, the support unit publishes and forwards, the Argentine official answers
/// "included" with a commitment, and everyone sees the answer. Every control is reached and
/// operated from the keyboard (Tab, typing, Enter, Space); axe checks every page on the way.
/// </summary>
public sealed class SubmissionJourneyTests(BrowserFixture portal) : BrowserTest(portal)
{
    [Fact]
    public async Task A_spanish_proposal_is_published_forwarded_answered_and_followed()
    {
        await Scenario.CreateAsync(Portal);
        await Portal.WithDbAsync(async db =>
        {
            var argentina = await db.Members.Where(m => m.Code == "AR").Select(m => m.Id).SingleAsync();
            var plan = NationalActionPlan.Start(argentina, "2017-2019", PlanStatus.CoCreation);
            plan.AddCommitment(
                "AR",
                "AR0090",
                new LocalizedText("Open contracting in public works", null, "Contrataciones abiertas en obra pública"),
                ["open-contracting"]
            );
            db.NationalActionPlans.Add(plan);
            await db.SaveChangesAsync();
        });

        // The participant, in Spanish, by keyboard.
        await Page.ChooseLanguageAsync("es", "/account/sign-in");
        await SignInByKeyboardAsync(Page, "ana@example.org", "Correo electrónico", "Contraseña");
        await Page.GotoAsync("/submissions/submit");
        await AssertAccessibleAsync();
        await Page.TabToAsync(Page.GetByLabel("País o entidad"));
        await Page.Keyboard.TypeAsync("Argentina");
        // The kind comes first: its questions appear once it is ticked.
        await Page.TabToAsync(Page.GetByLabel("Propuesta de compromiso (#myNAPask)"));
        await Page.Keyboard.PressAsync("Space");
        await Page.TabToAsync(Page.GetByLabel("Título"));
        await Page.Keyboard.TypeAsync("Publicar todos los contratos de obra pública");
        await Page.TabToAsync(Page.GetByLabel("El problema"));
        await Page.Keyboard.TypeAsync("Los contratos no se publican y nadie puede seguir el gasto.");
        await Page.TabToAsync(Page.GetByLabel("El compromiso propuesto"));
        await Page.Keyboard.TypeAsync("Publicar cada contrato, sus modificaciones y pagos como datos abiertos.");
        await Page.TabToAsync(Page.GetByLabel("Área de política pública"));
        await Page.Keyboard.TypeAsync("Contrataciones abiertas");
        await Page.TabToAsync(Page.GetByLabel("Idioma de su texto"));
        await Page.Keyboard.TypeAsync("Español");
        await Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Gracias");
        await Assertions
            .Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 }))
            .ToHaveTextAsync("Publicar todos los contratos de obra pública");
        await AssertAccessibleAsync();
        var submissionPath = new Uri(Page.Url).AbsolutePath;

        // The support unit publishes, then forwards.
        await using var supportContext = await Portal.Browser.NewContextAsync(new() { BaseURL = Portal.BaseAddress.ToString() });
        var support = await supportContext.NewPageAsync();
        await SignInByKeyboardAsync(support, "support@example.org");
        await support.GotoAsync("/moderation");
        await AssertAccessibleAsync(support);
        await support.GetByRole(AriaRole.Link, new() { Name = "Publicar todos los contratos de obra pública" }).PressAsync("Enter");
        await AssertAccessibleAsync(support);
        await support.GetByRole(AriaRole.Button, new() { Name = "Publish" }).PressAsync("Enter");
        await support.GetByRole(AriaRole.Button, new() { Name = "Forward to the officials" }).PressAsync("Enter");
        await Assertions.Expect(support.GetByText("Forwarded to the government officials")).ToBeVisibleAsync();

        // The Argentine official answers from the inbox, with a reason and the commitment.
        await using var officialContext = await Portal.Browser.NewContextAsync(new() { BaseURL = Portal.BaseAddress.ToString() });
        var answering = await officialContext.NewPageAsync();
        await SignInByKeyboardAsync(answering, "official.ar@example.org");
        await answering.GetByRole(AriaRole.Link, new() { Name = "To answer", Exact = true }).PressAsync("Enter");
        await AssertAccessibleAsync(answering);
        await answering.GetByRole(AriaRole.Link, new() { Name = "Publicar todos los contratos de obra pública" }).PressAsync("Enter");
        await AssertAccessibleAsync(answering);
        await answering.GetByLabel("Included in the action plan").PressAsync("Space");
        await answering.GetByLabel("Reason").FocusAsync();
        await answering.Keyboard.TypeAsync("Incluida como compromiso AR0090 del plan 2017-2019.");
        await answering.GetByLabel("AR0090 — Open contracting in public works").PressAsync("Space");
        await answering.GetByRole(AriaRole.Button, new() { Name = "Publish the answer" }).PressAsync("Enter");
        await Assertions
            .Expect(answering.GetByRole(AriaRole.Region, new() { Name = "Government answer" }))
            .ToContainTextAsync("Included in the action plan");

        // The participant follows it on "My submissions" and the public page.
        await Page.GotoAsync("/submissions/mine");
        await AssertAccessibleAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Table)).ToContainTextAsync("Incluida en el plan de acción");
        await Page.GotoAsync(submissionPath);
        await Assertions
            .Expect(Page.GetByRole(AriaRole.Region, new() { Name = "Respuesta del gobierno" }))
            .ToContainTextAsync("Incluida en el plan de acción");
        await Assertions.Expect(Page.GetByRole(AriaRole.Main)).ToContainTextAsync("AR0090");
        await Assertions.Expect(Page.GetByRole(AriaRole.Main)).ToContainTextAsync("Contrataciones abiertas en obra pública");
        await AssertAccessibleAsync();

        await using var visitorContext = await Portal.Browser.NewContextAsync(new() { BaseURL = Portal.BaseAddress.ToString() });
        var visitor = await visitorContext.NewPageAsync();
        await visitor.GotoAsync("/submissions?Q=contrato");
        await visitor.GetByRole(AriaRole.Link, new() { Name = "Publicar todos los contratos de obra pública" }).PressAsync("Enter");
        await Assertions
            .Expect(visitor.GetByRole(AriaRole.Region, new() { Name = "Government answer" }))
            .ToContainTextAsync("Included in the action plan");
        await AssertAccessibleAsync(visitor);
        Assert.True(
            await Portal.Smtp.WaitForAsync("ana@example.org", m => m.Subject!.StartsWith("Respondida", StringComparison.Ordinal))
                is not null
        );
    }

    [Fact]
    public async Task Withdrawing_asks_once_more_saying_it_cannot_be_undone_and_works_by_keyboard()
    {
        var people = await Scenario.CreateAsync(Portal);
        var id = await Scenario.PublishedAsync(Portal, people, Scenario.Proposal(language: "fr"));
        await Page.GotoAsync("/language/fr?returnUrl=/account/sign-in");
        await SignInByKeyboardAsync(Page, "ana@example.org", "Adresse e-mail", "Mot de passe");
        await Page.GotoAsync($"/submissions/{id}");
        var confirm = Page.GetByRole(AriaRole.Button, new() { Name = "Oui, la retirer" });
        await Assertions.Expect(confirm).ToBeHiddenAsync();

        await Page.TabToAsync(Page.GetByText("Retirer ma contribution", new() { Exact = true }));
        await Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(Page.GetByText("vous ne pourrez pas revenir en arrière")).ToBeVisibleAsync();
        await AssertAccessibleAsync();
        await Page.TabToAsync(confirm);
        await Page.Keyboard.PressAsync("Enter");

        await Assertions
            .Expect(Page.GetByRole(AriaRole.Status))
            .ToHaveTextAsync("Votre contribution est retirée\u00a0: les autres ne la voient plus.");
        await Assertions.Expect(Page.GetByText("Retirer ma contribution", new() { Exact = true })).ToHaveCountAsync(0);
        await AssertAccessibleAsync();
        Assert.Equal(
            Domain.Submissions.SubmissionStatus.Withdrawn,
            await Portal.WithDbAsync(db => db.Submissions.Where(s => s.Id == id).Select(s => s.Status).SingleAsync())
        );
    }

    /// <summary>The sign-in form by keyboard alone, its fields found by their labels in the page's language.</summary>
    [Fact]
    public async Task Without_javascript_ticking_the_kind_shows_its_questions_and_one_send_stores_the_proposal()
    {
        await Scenario.CreateAsync(Portal);
        await using var context = await Portal.Browser.NewContextAsync(
            new()
            {
                BaseURL = Portal.BaseAddress.ToString(),
                Locale = "en-GB",
                JavaScriptEnabled = false,
            }
        );
        var page = await context.NewPageAsync();
        await SignInByKeyboardAsync(page, "ana@example.org");
        await page.GotoAsync("/submissions/submit?member=ar");

        // The kind comes first; the stylesheet (CSS :has(), no script) shows its questions as soon as it is ticked.
        await Assertions.Expect(page.GetByLabel("Title")).ToBeHiddenAsync();
        await page.GetByLabel("Commitment proposal (#myNAPask)").CheckAsync();
        await Assertions.Expect(page.GetByLabel("Title")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("The problem")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Your message")).ToBeHiddenAsync();
        await page.GetByLabel("Title").FillAsync("Publish every public works contract");
        await page.GetByLabel("The problem").FillAsync("Contracts are not published and nobody can follow the spending.");
        await page.GetByLabel("The proposed commitment").FillAsync("Publish each contract, its changes and payments as open data.");
        await page.GetByLabel("Policy area").SelectOptionAsync(new SelectOptionValue { Value = "open-contracting" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();

        await Assertions
            .Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 }))
            .ToHaveTextAsync("Publish every public works contract");
    }

    private static async Task SignInByKeyboardAsync(
        IPage page,
        string email,
        string emailLabel = "Email address",
        string passwordLabel = "Password"
    )
    {
        await page.GotoAsync("/account/sign-in");
        await page.TabToAsync(page.GetByLabel(emailLabel));
        await page.Keyboard.TypeAsync(email);
        await page.TabToAsync(page.GetByLabel(passwordLabel));
        await page.Keyboard.TypeAsync(Testing.TestAccounts.Password);
        await page.Keyboard.PressAsync("Enter");
        // Participants land on the home page, staff on "My work".
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath is "/" or "/my-work");
    }
}
