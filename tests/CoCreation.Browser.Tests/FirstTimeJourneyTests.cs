using CoCreation.Testing;
using Microsoft.Playwright;

namespace CoCreation.Browser.Tests;

/// <summary>
/// A first-time person, on a desktop and on a phone, by accessible names only: from a member's page,
/// signed out, "Send a proposal" explains why an account is needed; the goal survives registration,
/// the emailed confirmation and sign-in, landing on the form with the member chosen and the organisation
/// filled in; two mistakes are named in the summary, whose links move focus to each field.
/// </summary>
public sealed class FirstTimeJourneyTests(BrowserFixture portal) : BrowserTest(portal)
{
    [Theory]
    [InlineData(1280, 800)]
    [InlineData(390, 844)]
    public async Task Signed_out_send_a_proposal_survives_registration_confirmation_and_sign_in_and_lands_on_the_form(int width, int height)
    {
        await Scenario.LoadCampaignAsync(Portal);
        await Page.SetViewportSizeAsync(width, height);

        await Page.GotoAsync("/members/ar");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Send a proposal or a question" }).ClickAsync();
        await Assertions
            .Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "You need an account to send a proposal" }))
            .ToBeVisibleAsync();
        await AssertAccessibleAsync();

        await Page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Create an account" }).ClickAsync();
        await Page.GetByLabel("Email address").FillAsync("laura@example.lv");
        await Page.GetByLabel("Your name").FillAsync("Laura Ozola");
        await Page.GetByLabel("Organisation", new() { Exact = true }).FillAsync("Delna");
        await Page.GetByLabel("Password (required)", new() { Exact = true }).FillAsync("rivers and mountains of data");
        await Page.GetByLabel("Type the password again").FillAsync("rivers and mountains of data");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Create my account" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("you come back to where you were");

        var mail = await Portal.Smtp.WaitForAsync("laura@example.lv");
        await Page.GotoAsync(new Uri(EmailedLinks.ConfirmEmail().Match(mail.TextBody!).Value).PathAndQuery);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Confirm my email address" }).ClickAsync();
        await Assertions.Expect(Page.GetByText("Sign in to continue where you left off.")).ToBeVisibleAsync();
        await Page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Sign in" }).ClickAsync();
        await Page.GetByLabel("Email address").FillAsync("laura@example.lv");
        await Page.GetByLabel("Password").FillAsync("rivers and mountains of data");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        // Back on the form, for Argentina, with her organisation.
        await Assertions
            .Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Send a proposal or a question", Level = 1 }))
            .ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByLabel("Country or entity")).ToHaveValueAsync("AR");
        await AssertAccessibleAsync();

        // The kind comes first; only its questions show, her organisation among them.
        await Assertions.Expect(Page.GetByLabel("Your message")).ToBeHiddenAsync();
        await Page.GetByLabel("Question about the co-creation process (#OGPcocreate)").CheckAsync();
        await Assertions.Expect(Page.GetByLabel("Your message")).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByLabel("The problem")).ToBeHiddenAsync();
        await Assertions.Expect(Page.GetByLabel("Organisation", new() { Exact = true })).ToHaveValueAsync("Delna");

        // A question without a title or a message: the summary names both and leads to each.
        await Page.GetByRole(AriaRole.Button, new() { Name = "Send", Exact = true }).ClickAsync();
        var summary = Page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(summary).ToBeFocusedAsync();
        var links = summary.GetByRole(AriaRole.Link);
        await Assertions.Expect(links).ToHaveCountAsync(2);
        await Assertions.Expect(links.Nth(0)).ToContainTextAsync("Title:");
        await Assertions.Expect(links.Nth(1)).ToContainTextAsync("Your message:");
        await AssertAccessibleAsync();
        await links.Nth(1).ClickAsync();
        await Assertions.Expect(Page.GetByLabel("Your message")).ToBeFocusedAsync();
        await Page.Keyboard.TypeAsync("Where is the calendar of the co-creation workshops published?");
        await summary.GetByRole(AriaRole.Link).Nth(0).ClickAsync();
        await Assertions.Expect(Page.GetByLabel("Title")).ToBeFocusedAsync();
        await Page.Keyboard.TypeAsync("When are the workshops?");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Send", Exact = true }).ClickAsync();

        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Thank you");
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("When are the workshops?");
        await AssertAccessibleAsync();
    }
}
