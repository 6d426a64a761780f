using System.Text.Json;
using CoCreation.Web.Features.Moderation;
using CoCreation.Web.Features.Submissions;
using CoCreation.Web.Infrastructure.Identity;

namespace CoCreation.Web.Tests.Pages;

public sealed class MyDataPagesTests(WebFixture portal) : PortalTest(portal)
{
    [Fact]
    public async Task A_participant_downloads_everything_the_portal_holds_about_them_and_nothing_of_anyone_else()
    {
        var people = await Scenario.CreateAsync(Portal);
        var (_, ben) = await Portal.CreateUserAsync("ben@example.org", roles: Roles.Participant);
        var mine = (await Portal.SendAsync(Scenario.Question(), people.Participant))!.Value;
        var bens = (await Portal.SendAsync(Scenario.Proposal(), ben))!.Value;
        await Portal.SendAsync(new Decide.Command([bens], Decide.Decision.Publish), people.Support);
        await Portal.SendAsync(new Endorse.Command(bens), people.Participant);

        using var ana = await Portal.SignedInClientAsync("ana@example.org");
        var page = await ana.GetAsync("/account/my-data");
        Assert.Equal(HttpStatusCode.OK, ana.Status);
        Assert.Equal("1", page.QuerySelector("#my-data-submissions")!.TextContent.Trim());
        Assert.Equal("1", page.QuerySelector("#my-data-endorsements")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("a[href='/account/my-data.json']"));
        Assert.Contains(
            "Mis datos",
            (await ana.GetAsync("/account/my-data", "es")).QuerySelector("h1")!.TextContent,
            StringComparison.Ordinal
        );

        using var response = await ana.Http.GetAsync("/account/my-data.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.Equal("my-data.json", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var json = await response.Content.ReadAsStringAsync();
        using var data = JsonDocument.Parse(json);
        var root = data.RootElement;
        Assert.Equal("ana@example.org", root.GetProperty("account").GetProperty("email").GetString());
        var submission = Assert.Single(root.GetProperty("submissions").EnumerateArray());
        Assert.Equal(mine, submission.GetProperty("id").GetInt64());
        Assert.Equal("Pending", submission.GetProperty("status").GetString());
        Assert.Equal("Where is the calendar of the workshops with civil society published?", submission.GetProperty("body").GetString());
        Assert.Equal(bens, Assert.Single(root.GetProperty("endorsements").EnumerateArray()).GetProperty("submissionId").GetInt64());
        Assert.Empty(root.GetProperty("actions").EnumerateArray());
        Assert.DoesNotContain("ben@example.org", json, StringComparison.Ordinal);

        // The moderator's own download holds what the audit trail recorded of their decision.
        using var support = await Portal.SignedInClientAsync("support@example.org");
        using var supportData = JsonDocument.Parse(await support.Http.GetStringAsync("/account/my-data.json"));
        Assert.Contains(supportData.RootElement.GetProperty("actions").EnumerateArray(), a =>
            a.GetProperty("entityId").GetString() == bens.ToString(System.Globalization.CultureInfo.InvariantCulture)
        );

        // Only for the person signed in.
        using var visitor = Portal.CreateClient(followRedirects: false);
        foreach (var path in new[] { "/account/my-data", "/account/my-data.json" })
        {
            await visitor.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, visitor.Status);
            Assert.Equal("/account/sign-in", visitor.LastResponse!.Headers.Location!.AbsolutePath);
        }
    }
}
