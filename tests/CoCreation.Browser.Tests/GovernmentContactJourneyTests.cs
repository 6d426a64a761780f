using CoCreation.Testing;
using Microsoft.Playwright;

namespace CoCreation.Browser.Tests;

/// <summary>
/// Forwarding to a country without officials, in the browser and by accessible names: the support unit is
/// warned, forwards anyway (the submission waits for a government contact), invites the contact in French;
/// the contact accepts from the email, chooses a password and finds the submission waiting to be answered.
/// </summary>
public sealed class GovernmentContactJourneyTests(BrowserFixture portal) : BrowserTest(portal)
{
    [Fact]
    public async Task The_support_unit_forwards_to_france_invites_its_contact_who_accepts_and_finds_the_submission_to_answer()
    {
        var people = await Scenario.CreateAsync(Portal);
        var id = await Scenario.PublishedAsync(Portal, people, Scenario.Proposal("FR", "fr"));

        await Page.SignInAsync("support@example.org");
        await Page.GotoAsync($"/moderation/{id}");
        await Assertions.Expect(Page.GetByText("Nobody in the government (France) has joined the portal yet")).ToBeVisibleAsync();
        await AssertAccessibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Forward to the officials" }).ClickAsync();
        await Assertions.Expect(Page.GetByText("Waiting for a government contact (France)")).ToBeVisibleAsync();

        await Page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Invite a government contact" }).ClickAsync();
        await AssertAccessibleAsync();
        await Page.GetByLabel("Name of the point of contact").FillAsync("Claire Martin");
        await Page.GetByLabel("Email address").FillAsync("claire.martin@gouv.example");
        await Page.GetByLabel("Language of the invitation").SelectOptionAsync("fr");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Send the invitation" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Invitation sent");
        await AssertAccessibleAsync();

        var mail = await Portal.Smtp.WaitForAsync("claire.martin@gouv.example");
        await using var contactContext = await Portal.Browser.NewContextAsync(
            new() { BaseURL = Portal.BaseAddress.ToString(), Locale = "fr-FR" }
        );
        var contact = await contactContext.NewPageAsync();
        await contact.GotoAsync(new Uri(EmailedLinks.Invitation().Match(mail.TextBody!).Value).PathAndQuery);
        await Assertions.Expect(contact.GetByRole(AriaRole.Heading, new() { Name = "Devenir contact au gouvernement" })).ToBeVisibleAsync();
        await AssertAccessibleAsync(contact);
        await contact.GetByLabel("Mot de passe (obligatoire)", new() { Exact = true }).FillAsync("liberté égalité données ouvertes");
        await contact.GetByLabel("Saisissez à nouveau le mot de passe").FillAsync("liberté égalité données ouvertes");
        await contact.GetByRole(AriaRole.Button, new() { Name = "Accepter l’invitation" }).ClickAsync();

        await contact.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/answers");
        await Assertions
            .Expect(contact.GetByRole(AriaRole.Link, new() { Name = "Publicar todos los contratos públicos" }))
            .ToBeVisibleAsync();
        await AssertAccessibleAsync(contact);
    }
}
