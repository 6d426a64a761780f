using CoCreation.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace CoCreation.Browser.Tests;

/// <summary>
/// Axe and the Nu HTML Checker on every page the portal maps, not only on those the journeys happen to
/// visit: the routes are read from the portal's endpoints (a new page is covered without anyone adding
/// it here), filled with ids of the demo data, and opened by each kind of person in Chromium. The
/// language turns with each page, so every page that several people open is seen in English, French and
/// Spanish.
/// </summary>
public sealed class EveryPageAccessibilityTests(BrowserFixture portal) : BrowserTest(portal)
{
    private static readonly string[] Languages = ["en", "fr", "es"];

    /// <summary>Who opens the pages: a visitor every public page, each signed-in person the pages behind sign-in.</summary>
    private static readonly (string Who, string? Email)[] People =
    [
        ("visitor", null),
        ("participant", "participant@demo.cocreation.example"),
        ("official", "official@demo.cocreation.example"),
        ("support unit", "support@demo.cocreation.example"),
        ("administrator", "admin@demo.cocreation.example"),
    ];

    /// <summary>
    /// Addresses that are not a page to read: choosing a language sets a cookie and goes back; a name with
    /// an extension (.ics, .csv, .json, .atom, a cover image) is a download or a feed.
    /// </summary>
    private static bool IsPage(PortalRoutes.PageRoute route) =>
        route.ViewEnginePath.Length > 0
        && !route.Path.StartsWith("/language/", StringComparison.Ordinal)
        && !Path.GetFileName(route.Path).Contains('.', StringComparison.Ordinal);

    /// <summary>Pages whose purpose is to refuse or to say "not found": seen when they render, whatever their status.</summary>
    private static readonly string[] ErrorPages = ["/Error", "/Account/AccessDenied"];

    /// <summary>
    /// Each page is opened by the first person who may read it (a visitor, then a participant, an official,
    /// the support unit, an administrator), in English, French and Spanish in turn. Every person and language
    /// on every page would take four times as long (4.5 minutes measured) for little more: axe's rules look
    /// at structure, which the language does not change; the language of each page is asserted.
    /// </summary>
    [Fact]
    public async Task Every_page_is_accessible_and_valid_html_in_each_language()
    {
        var routes = await PortalRoutes.LoadAsync(Portal);
        await DemoAdditions.SeatAndPostInReviewAsync(Portal);
        var postInReview = await Portal.WithDbAsync(db =>
            db.BlogPosts.Where(p => p.Title == DemoAdditions.PostInReviewTitle).Select(p => p.Id).SingleAsync()
        );
        var pages = routes.Pages.Where(IsPage).ToList();

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var checks = 0;
        foreach (var (who, email) in People)
        {
            var page = await NewPageAsync();
            if (email is not null)
            {
                await page.SignInAsync(email, PortalRoutes.DemoPassword);
            }

            var addresses = pages
                .Where(p => !seen.Contains(p.ViewEnginePath) && (email is null ? !p.RequiresSignIn || p.AllowsAnonymous : p.RequiresSignIn))
                .Select(p => (p.ViewEnginePath, p.Path))
                .ToList();
            if (email == DemoAdditions.Participant)
            {
                // The demo's published posts are by other authors; the participant edits the one they sent for review.
                addresses.Add(("/Blog/Edit", $"/blog/{postInReview}/edit"));
            }

            foreach (var (view, address) in addresses.Where(a => !seen.Contains(a.ViewEnginePath)))
            {
                var language = Languages[checks % Languages.Length];
                await page.Context.AddCookiesAsync([
                    new Cookie
                    {
                        Name = "lang",
                        Value = $"c={language}|uic={language}",
                        Url = Portal.BaseAddress.ToString(),
                    },
                ]);
                var response = await page.GotoAsync(address);
                Assert.StartsWith("text/html", await response!.HeaderValueAsync("content-type") ?? "", StringComparison.Ordinal);
                if (response.Status != 200 && !ErrorPages.Contains(view))
                {
                    continue; // refused to this person (their refusal page is checked as its own route)
                }

                Assert.True(
                    language == await page.Locator("html").GetAttributeAsync("lang"),
                    $"{address} for the {who} is not in {language}"
                );
                await AssertAccessibleAsync(page);
                seen.Add(view);
                checks++;
            }
        }

        // An address that answers no one with its page would hide that page from axe: each was read by someone.
        var neverShown = pages.Where(p => !seen.Contains(p.ViewEnginePath)).Select(p => p.Path).ToList();
        Assert.True(neverShown.Count == 0, "No one saw these pages: " + string.Join(", ", neverShown));
    }
}
