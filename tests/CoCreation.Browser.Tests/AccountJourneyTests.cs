using CoCreation.Testing;
using CoCreation.Web.Infrastructure.Identity;
using Microsoft.Playwright;

namespace CoCreation.Browser.Tests;

public sealed class AccountJourneyTests(BrowserFixture portal) : BrowserTest(portal)
{
    [Fact]
    public async Task A_person_registers_confirms_by_the_emailed_link_and_signs_in()
    {
        await Page.GotoAsync("/");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Create an account" }).First.ClickAsync();
        await AssertAccessibleAsync();

        await Page.GetByLabel("Email address").FillAsync("amina@example.org");
        await Page.GetByLabel("Your name").FillAsync("Amina");
        await Page.GetByLabel("Organisation", new() { Exact = true }).FillAsync("Transparency Club");
        await Page.GetByLabel("Password (required)", new() { Exact = true }).FillAsync("short");
        await Page.GetByLabel("Type the password again").FillAsync("short");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Create my account" }).ClickAsync();
        // The reason is read out with the field, after its hint.
        await Assertions
            .Expect(Page.GetByLabel("Password (required)", new() { Exact = true }))
            .ToHaveAccessibleDescriptionAsync(
                "At least 12 characters. A few unrelated words make a strong password that is easy to remember. Use at least 12 characters."
            );
        await Assertions.Expect(Page.GetByLabel("Organisation", new() { Exact = true })).ToHaveValueAsync("Transparency Club");
        await AssertAccessibleAsync();

        await Page.GetByLabel("Password (required)", new() { Exact = true }).FillAsync("rivers and mountains of data");
        await Page.GetByLabel("Type the password again").FillAsync("rivers and mountains of data");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Create my account" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("We have sent a message");
        await AssertAccessibleAsync();

        var mail = await Portal.Smtp.WaitForAsync("amina@example.org");
        var link = new Uri(EmailedLinks.ConfirmEmail().Match(mail.TextBody!).Value);
        await Page.GotoAsync(link.PathAndQuery);
        await AssertAccessibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Confirm my email address" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("confirmed");

        await Page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Sign in" }).ClickAsync();
        await AssertAccessibleAsync();
        await Page.GetByLabel("Email address").FillAsync("amina@example.org");
        await Page.GetByLabel("Password").FillAsync("rivers and mountains of data");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Assertions.Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Sign out (amina@example.org)" })).ToBeVisibleAsync();
        Assert.Equal("/", new Uri(Page.Url).AbsolutePath);

        // Her data, to read and to take away, from her account page.
        await Page.GetByRole(AriaRole.Link, new() { Name = "Your account" }).ClickAsync();
        await AssertAccessibleAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "My data", Exact = true }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "My data" })).ToBeVisibleAsync();
        await AssertAccessibleAsync();
        var download = await Page.RunAndWaitForDownloadAsync(() =>
            Page.GetByRole(AriaRole.Link, new() { Name = "Download all my data (JSON)" }).ClickAsync()
        );
        Assert.Equal("my-data.json", download.SuggestedFilename);
        Assert.Contains(
            "\"email\": \"amina@example.org\"",
            await File.ReadAllTextAsync((await download.PathAsync())!),
            StringComparison.Ordinal
        );

        // And she can leave: a wrong password is refused with its reason, the right one deletes the account.
        await Page.GetByRole(AriaRole.Link, new() { Name = "Delete my account" }).ClickAsync();
        await AssertAccessibleAsync();
        await Page.GetByLabel("Current password").FillAsync("not my password");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Delete my account for good" }).ClickAsync();
        await Assertions
            .Expect(Page.GetByLabel("Current password"))
            .ToHaveAccessibleDescriptionAsync("The current password is not correct.");
        await AssertAccessibleAsync();
        await Page.GetByLabel("Current password").FillAsync("rivers and mountains of data");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Delete my account for good" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Your account is deleted");
        await AssertAccessibleAsync();
    }

    [Fact]
    public async Task Staff_pages_are_accessible_for_an_administrator()
    {
        await Scenario.LoadCampaignAsync(Portal);
        await Portal.CreateUserAsync("admin@example.org", roles: Roles.Administrator);
        await Page.SignInAsync("admin@example.org");
        await Assertions.Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Accounts" })).ToBeVisibleAsync();

        var americas = await Portal.WithDbAsync(db =>
            Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
                db.Events.Where(e => e.Region == Domain.Members.Region.Americas).Select(e => e.Id)
            )
        );
        foreach (
            var path in new[]
            {
                "/members/create",
                "/members/ar/edit",
                "/campaigns",
                "/campaigns/create",
                "/campaigns/global-cocreation-week-2017/edit",
                "/admin/accounts",
                "/admin/audit",
                "/account/change-password",
                "/events/create",
                $"/events/{americas}/edit",
                $"/events/{americas}/registrants",
            }
        )
        {
            var response = await Page.GotoAsync(path);
            Assert.Equal(200, response!.Status);
            await AssertAccessibleAsync();
        }

        await Page.GotoAsync("/admin/accounts");
        await Page.GetByRole(AriaRole.Link, new() { Name = "admin@example.org" }).ClickAsync();
        await AssertAccessibleAsync();
    }
}
