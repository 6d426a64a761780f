namespace CoCreation.Web.Tests.Pages;

/// <summary>The requests wapiti answered with a 500 before they were fixed (docs/security/scan-before-fixes.md).</summary>
public sealed class ForgedRequestTests(WebFixture portal) : PortalTest(portal)
{
    [Fact]
    public async Task An_unknown_handler_name_is_404_and_a_post_to_a_read_only_page_is_405_on_every_page()
    {
        var routes = await PortalRoutes.LoadAsync(Portal);
        using var browser = Portal.CreateClient(followRedirects: false);
        var token = (await browser.GetAsync("/account/sign-in"))
            .QuerySelector("main form input[name=__RequestVerificationToken]")!
            .GetAttribute("value")!;
        var wrong = new List<string>();
        foreach (var page in routes.Pages.Where(p => p.ViewEnginePath.Length > 0 && !p.RequiresSignIn))
        {
            using var get = await browser.Http.GetAsync(page.PostUrl("NoSuchHandler"));
            if ((int)get.StatusCode >= 500)
            {
                wrong.Add($"GET {page.Path}?handler=NoSuchHandler: {(int)get.StatusCode}");
            }

            await browser.PostAsync(page.PostUrl("NoSuchHandler"), [new("__RequestVerificationToken", token)]);
            if ((int)browser.Status >= 500)
            {
                wrong.Add($"POST {page.Path}?handler=NoSuchHandler: {(int)browser.Status}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));

        var eventId = await Portal.WithDbAsync(db =>
            Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(db.Events.Select(e => e.Id))
        );
        await browser.PostAsync($"/events/{eventId}?handler=%27%22", [new("__RequestVerificationToken", token)]);
        Assert.Equal(HttpStatusCode.NotFound, browser.Status);
        await browser.PostAsync("/members", [new("__RequestVerificationToken", token)]);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, browser.Status);
    }

    [Fact]
    public async Task Control_characters_in_a_list_filter_get_the_400_page_not_a_500()
    {
        using var browser = Portal.CreateClient();
        var page = await browser.GetAsync("/blog?Filter.Language=%27%00&Filter.Member=x%00");
        Assert.Equal(HttpStatusCode.BadRequest, browser.Status);
        Assert.NotNull(page.QuerySelector("h1"));
    }

    [Fact]
    public async Task The_language_switch_percent_encodes_a_return_address_with_characters_a_header_cannot_hold()
    {
        using var browser = Portal.CreateClient(followRedirects: false);
        await browser.GetAsync("/language/fr?returnUrl=" + Uri.EscapeDataString("/submissions?q=¿participación"));
        Assert.Equal(HttpStatusCode.Redirect, browser.Status);
        Assert.Equal("/submissions?q=%C2%BFparticipaci%C3%B3n", browser.LastResponse!.Headers.Location!.OriginalString);
    }
}
