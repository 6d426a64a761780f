using System.Text.Json;
using CoCreation.Domain.Campaigns;
using CoCreation.Domain.Common;
using CoCreation.Web.Features.Moderation;
using CoCreation.Web.Tests.Pages;
using Dashboard = CoCreation.Web.Features.Campaigns.Dashboard;

namespace CoCreation.Web.Tests.Features.Submissions;

/// <summary>
/// A submission belongs to the campaign running for its member when it is sent and to the plan cycle it is about:
/// the campaign's dashboard counts only its own, and the list, the API and the open data filter by both.
/// </summary>
public sealed class CampaignAndCycleTests(WebFixture portal) : PortalTest(portal)
{
    private const string Running = "open-gov-week-today";

    /// <summary>The Week (over since 2017) and a second campaign running today in which Argentina, not Colombia, takes part.</summary>
    private async Task<Scenario> TwoCampaignsAsync()
    {
        var people = await Scenario.CreateAsync(Portal);
        await Portal.WithDbAsync(async db =>
        {
            var argentina = await db.Members.Where(m => m.Code == "AR").Select(m => m.Id).SingleAsync();
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            var text = new LocalizedText(
                "Open Gov Week (example)",
                "Semaine du gouvernement ouvert (exemple)",
                "Semana del Gobierno Abierto (ejemplo)"
            );
            db.Campaigns.Add(
                Campaign.Create(
                    Running,
                    new CampaignContent(text, text, text, text),
                    today.AddDays(-1),
                    today.AddDays(1),
                    ["#OpenGovWeek"],
                    [argentina],
                    DateTimeOffset.UtcNow
                )
            );
            await db.SaveChangesAsync();
        });
        return people;
    }

    [Fact]
    public async Task Sending_records_the_campaign_running_for_the_member_and_its_cycle_and_the_page_says_so()
    {
        var people = await TwoCampaignsAsync();

        var argentine = await Scenario.PublishedAsync(Portal, people, Scenario.Question("AR"));
        var colombian = await Scenario.PublishedAsync(Portal, people, Scenario.Question("CO"));

        var recorded = await Portal.WithDbAsync(db =>
            db.Submissions.OrderBy(s => s.Id)
                .Select(s => new
                {
                    s.Id,
                    Campaign = db.Campaigns.Where(c => c.Id == s.CampaignId).Select(c => c.Slug).FirstOrDefault(),
                    s.Cycle,
                })
                .ToListAsync()
        );
        Assert.Equal(
            (Running, "2017-2019"),
            (recorded.Single(r => r.Id == argentine).Campaign, recorded.Single(r => r.Id == argentine).Cycle)
        );
        // Colombia takes part in no campaign running today: its submission belongs to none, but to its cycle.
        Assert.Equal(
            ((string?)null, "2017-2019"),
            (recorded.Single(r => r.Id == colombian).Campaign, recorded.Single(r => r.Id == colombian).Cycle)
        );

        using var visitor = Portal.CreateClient();
        var page = await visitor.GetAsync($"/submissions/{argentine}");
        var place = page.GetElementById("submission-place")!;
        Assert.Contains("Sent during Open Gov Week (example)", place.TextContent.Replace('\n', ' ').Squash(), StringComparison.Ordinal);
        Assert.Contains("About the 2017-2019 action plan", place.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/campaigns/{Running}", place.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_campaign_dashboard_counts_only_its_own_submissions_not_another_campaign_of_the_same_member()
    {
        var people = await TwoCampaignsAsync();
        await Scenario.PublishedAsync(Portal, people, Scenario.Question("AR"));
        await Scenario.PublishedAsync(Portal, people, Scenario.Proposal("AR"));

        var week = await Portal.QueryAsync(new Dashboard.Query("global-cocreation-week-2017"));
        var running = await Portal.QueryAsync(new Dashboard.Query(Running));

        // Argentina takes part in both; what was sent today belongs to today's campaign, not to the Week of 2017.
        Assert.Equal(0, week!.Members.Single(m => m.Code == "AR").Total);
        Assert.Equal(0, week.Submissions);
        Assert.Equal(2, running!.Members.Single(m => m.Code == "AR").Total);
        Assert.Equal(2, running.Submissions);
    }

    [Fact]
    public async Task The_list_the_api_and_the_open_data_filter_by_campaign_and_cycle_and_the_list_stays_one_command()
    {
        var people = await TwoCampaignsAsync();
        var inCampaign = await Scenario.PublishedAsync(Portal, people, Scenario.Question("AR"));
        var outside = await Scenario.PublishedAsync(Portal, people, Scenario.Question("CO"));
        // One about another cycle: the member moved on to its next plan.
        await Portal.WithDbAsync(async db =>
        {
            var colombia = await db.Members.SingleAsync(m => m.Code == "CO");
            colombia.ChangeCycle("2019-2022", DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
        });
        var later = await Scenario.PublishedAsync(Portal, people, Scenario.Question("CO"));

        async Task<long[]> Listed(Web.Features.Submissions.Index.Query query) =>
            [.. (await Portal.QueryAsync(query)).Items.Select(i => i.Id).Order()];

        Assert.Equal([inCampaign], await Listed(new() { Campaign = Running }));
        Assert.Equal([inCampaign, outside], await Listed(new() { Cycle = "2017-2019" }));
        Assert.Equal([later], await Listed(new() { Cycle = "2019-2022" }));
        Assert.Empty(await Listed(new() { Campaign = "global-cocreation-week-2017" }));

        // The page: the filters are there without JavaScript, and a filtered page is still one round trip once the
        // choices are in memory.
        using var visitor = Portal.CreateClient();
        var first = await visitor.GetAsync("/submissions");
        Assert.NotNull(first.QuerySelector($"select[name='Filter.Campaign'] option[value='{Running}']"));
        Assert.NotNull(first.QuerySelector("select[name='Filter.Cycle'] option[value='2019-2022']"));
        AngleSharp.Html.Dom.IHtmlDocument page = null!;
        var commands = await DbCommands.CountAsync(Portal, async () =>
            page = await visitor.GetAsync($"/submissions?Filter.Campaign={Running}")
        );
        Assert.Equal(1, commands);
        Assert.Equal([$"/submissions/{inCampaign}"], page.QuerySelectorAll("main ol > li h2 a").Select(a => a.GetAttribute("href")));
        var cycle = await visitor.GetAsync("/submissions?Filter.Cycle=2019-2022");
        Assert.Equal([$"/submissions/{later}"], cycle.QuerySelectorAll("main ol > li h2 a").Select(a => a.GetAttribute("href")));

        // The API: the same filters, and each row names its campaign and cycle.
        using var api = JsonDocument.Parse(await visitor.Http.GetStringAsync($"/api/v1/submissions?campaign={Running}"));
        var row = Assert.Single(api.RootElement.GetProperty("items").EnumerateArray());
        Assert.Equal(inCampaign, row.GetProperty("id").GetInt64());
        Assert.Equal(Running, row.GetProperty("campaign").GetString());
        Assert.Equal("2017-2019", row.GetProperty("cycle").GetString());
        using var byCycle = JsonDocument.Parse(await visitor.Http.GetStringAsync("/api/v1/submissions?cycle=2019-2022"));
        Assert.Equal([later], byCycle.RootElement.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("id").GetInt64()));
        var refused = await visitor.Http.GetAsync("/api/v1/submissions?cycle=2017");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);

        // The open data: the whole collection names both, and a download narrows to them.
        using var all = JsonDocument.Parse(await visitor.Http.GetStringAsync("/open-data/submissions.json"));
        Assert.Equal(3, all.RootElement.GetArrayLength());
        using var narrowed = JsonDocument.Parse(await visitor.Http.GetStringAsync($"/open-data/submissions.json?campaign={Running}"));
        Assert.Equal([inCampaign], narrowed.RootElement.EnumerateArray().Select(r => r.GetProperty("id").GetInt64()));
        var csv = (await visitor.Http.GetStringAsync("/open-data/submissions.csv?cycle=2019-2022")).Split(
            "\r\n",
            StringSplitOptions.RemoveEmptyEntries
        );
        Assert.Contains("campaign", csv[0].Split(','));
        Assert.Equal(2, csv.Length);
        var dictionary = await visitor.GetAsync("/open-data");
        var fields = dictionary.QuerySelectorAll("#submissions table tbody th code").Select(c => c.TextContent).ToList();
        Assert.Contains("campaign", fields);
        Assert.Contains("cycle", fields);
        Assert.NotNull(dictionary.QuerySelector($"#submissions form select[name=campaign] option[value='{Running}']"));
    }
}

internal static class TextExtensions
{
    /// <summary>Runs of white space as one space, as a reader sees the text.</summary>
    public static string Squash(this string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");
}
