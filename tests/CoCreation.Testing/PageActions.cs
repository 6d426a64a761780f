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

    /// <summary>
    /// Chooses the interface language as the language menu's link does (the portal keeps the choice in a cookie) and lands
    /// on <paramref name="returnUrl"/>, as given (escaped where it carries a query).
    /// </summary>
    public static Task<IResponse?> ChooseLanguageAsync(this IPage page, string language, string returnUrl) =>
        page.GotoAsync($"/language/{language}?returnUrl={returnUrl}");

    /// <summary>
    /// Presses Tab, as a keyboard user does, until this control has the focus; find it as a person does
    /// (by its label or role), never by a CSS id.
    /// </summary>
    public static async Task TabToAsync(this IPage page, ILocator control, int maxPresses = 60)
    {
        for (var press = 0; press < maxPresses; press++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await control.EvaluateAsync<bool>("element => element === document.activeElement"))
            {
                return;
            }
        }

        Assert.Fail($"Tab never reached {control}");
    }
}
