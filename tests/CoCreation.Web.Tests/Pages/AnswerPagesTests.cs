namespace CoCreation.Web.Tests.Pages;

/// <summary>An official finds the members they answer for from the navigation, each with what waits for them.</summary>
public sealed class AnswerPagesTests(WebFixture portal) : PortalTest(portal)
{
    [Fact]
    public async Task An_official_reaches_my_countries_from_the_navigation_and_sees_only_their_members_with_what_waits()
    {
        var people = await Scenario.CreateAsync(Portal);
        var proposal = await Scenario.ForwardedAsync(Portal, people, Scenario.Proposal("AR"));
        using var argentine = await Portal.SignedInClientAsync("official.ar@example.org");

        var home = await argentine.GetAsync("/");
        var link = home.QuerySelectorAll("nav a").Single(a => a.TextContent.Trim() == "My countries");
        var page = await argentine.GetAsync(link.GetAttribute("href")!);

        Assert.Equal(HttpStatusCode.OK, argentine.Status);
        Assert.Equal("My countries", page.QuerySelector("h1")!.TextContent.Trim());
        var member = page.QuerySelectorAll("#my-members li").Single();
        Assert.Equal("Argentina", member.QuerySelector("h2 a")!.TextContent.Trim());
        Assert.Equal("/members/ar", member.QuerySelector("h2 a")!.GetAttribute("href"));
        Assert.Contains("1 submission to answer", member.TextContent, StringComparison.Ordinal);
        Assert.NotNull(member.QuerySelector("a[href='/members/ar/timeline/edit']"));
        Assert.NotNull(member.QuerySelector("a[href='/answers']"));

        using var colombian = await Portal.SignedInClientAsync("official.co@example.org");
        await colombian.ChooseLanguageAsync("es");
        var spanish = await colombian.GetAsync("/answers/members");
        Assert.Equal("Mis países", spanish.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("0 contribuciones por responder", spanish.QuerySelector("#my-members li")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Argentina", spanish.QuerySelector("#my-members")!.TextContent, StringComparison.Ordinal);

        using var participant = await Portal.SignedInClientAsync("ana@example.org");
        var own = await participant.GetAsync("/");
        Assert.DoesNotContain(own.QuerySelectorAll("nav a"), a => a.TextContent.Trim() == "My countries");
        await participant.GetAsync("/answers/members");
        Assert.Equal(HttpStatusCode.Forbidden, participant.Status);
    }
}
