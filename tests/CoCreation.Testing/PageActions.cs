using Microsoft.Playwright;
using Xunit;

namespace CoCreation.Testing;

/// <summary>What a person does in the browser, written once for every journey.</summary>
public static class PageActions
{
    /// <summary>
    /// Signs in through the English sign-in form by its labels and waits until the portal has moved on
    /// (home, or the two-factor step). Journeys in another language fill the form with its own labels.
    /// </summary>
    public static async Task SignInAsync(this IPage page, string email, string password = TestAccounts.Password)
    {
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath != "/account/sign-in");
    }

    /// <summary>Presses Tab, as a keyboard user does, until the element with this id has the focus.</summary>
    public static async Task TabToAsync(this IPage page, string id, int maxPresses = 60)
    {
        for (var press = 0; press < maxPresses; press++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<string>("document.activeElement.id") == id)
            {
                return;
            }
        }

        Assert.Fail($"Tab never reached #{id}");
    }
}
