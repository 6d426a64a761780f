using System.Text.Json;
using System.Text.RegularExpressions;
using CoCreation.Web.Features.Moderation;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;

namespace CoCreation.Web.Tests.Pages;

/// <summary>/api/v1: the same rows as the pages and the downloads, pages that meet, refusals in JSON, a valid OpenAPI document.</summary>
public sealed partial class PublicApiTests(WebFixture portal) : PortalTest(portal)
{
    [Fact]
    public async Task The_api_the_downloads_and_the_list_page_give_the_same_submissions_in_the_same_order()
    {
        var people = await Scenario.CreateAsync(Portal);
        var ids = new List<long>();
        for (var i = 0; i < 45; i++)
        {
            ids.Add(
                (
                    await Portal.SendAsync(
                        i % 3 == 0 ? Scenario.Proposal(i % 2 == 0 ? "AR" : "CO") : Scenario.Question(i % 2 == 0 ? "AR" : "CO"),
                        people.Participant
                    )
                )!.Value
            );
        }

        // One decision publishes them all at the same instant: every row ties on the sort key.
        await Portal.SendAsync(new Decide.Command(ids, Decide.Decision.Publish), people.Support);
        await Portal.SendAsync(Scenario.Question(), people.Participant);
        using var visitor = Portal.CreateClient();

        var onPages = new List<long>();
        string? next = "/submissions";
        while (next is not null)
        {
            var page = await visitor.GetAsync(next);
            onPages.AddRange(
                page.QuerySelectorAll("main h2 a[href^='/submissions/']")
                    .Select(a =>
                        long.Parse(a.GetAttribute("href")!["/submissions/".Length..], System.Globalization.CultureInfo.InvariantCulture)
                    )
            );
            next = page.QuerySelector("a[rel=next]")?.GetAttribute("href");
        }

        var (throughApi, pages) = await WalkAsync(visitor, "/api/v1/submissions?limit=7");
        using var json = JsonDocument.Parse(await visitor.Http.GetStringAsync("/open-data/submissions.json"));
        var downloaded = json.RootElement.EnumerateArray().Select(r => r.GetProperty("id").GetInt64()).ToList();
        var csv = (await visitor.Http.GetStringAsync("/open-data/submissions.csv")).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var inCsv = csv.Skip(1)
            .Select(l => long.Parse(l[..l.IndexOf(',', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture))
            .ToList();

        var expected = ids.OrderDescending().ToList();
        Assert.Equal(expected, onPages);
        Assert.Equal(expected, throughApi.Select(r => r.GetProperty("id").GetInt64()));
        Assert.Equal(7, pages);
        Assert.Equal(expected, downloaded);
        Assert.Equal(expected, inCsv);
        Assert.StartsWith("id,url,kind,status,member,title,language,author,organisation,body", csv[0], StringComparison.Ordinal);
        Assert.Equal(
            await visitor.Http.GetStringAsync("/submissions/export.json"),
            await visitor.Http.GetStringAsync("/open-data/submissions.json")
        );

        var argentine = await WalkAsync(visitor, "/api/v1/submissions?member=ar&kind=CommitmentProposal&limit=3");
        var argentineOnPage = await Portal.QueryAsync(
            new Web.Features.Submissions.Index.Query { Member = "ar", Kind = Domain.Submissions.SubmissionKind.CommitmentProposal }
        );
        Assert.Equal(argentineOnPage.Items.Select(i => i.Id), argentine.Rows.Select(r => r.GetProperty("id").GetInt64()));
    }

    [Fact]
    public async Task Every_list_walks_every_row_of_its_download_exactly_once_two_at_a_time()
    {
        await Scenario.LoadDemoAsync(Portal);

        using var visitor = Portal.CreateClient();
        var keys = new Dictionary<string, string>
        {
            ["members"] = "code",
            ["campaigns"] = "slug",
            ["timelines"] = "url",
            ["activities"] = "id",
            ["plans"] = "url",
            ["commitments"] = "ogpId",
            ["milestones"] = "id",
            ["progress-updates"] = "id",
            ["forum-members"] = "id",
            ["forum-decisions"] = "id",
            ["submissions"] = "id",
            ["comments"] = "id",
            ["events"] = "id",
            ["blog-posts"] = "id",
            ["scorecards"] = "member",
        };
        Assert.Equal(Web.Features.OpenData.Collections.All.Select(c => c.Name).Order(), keys.Keys.Order());
        foreach (var (name, key) in keys)
        {
            using var download = JsonDocument.Parse(await visitor.Http.GetStringAsync($"/open-data/{name}.json"));
            var all = download.RootElement.EnumerateArray().Select(r => r.GetProperty(key).ToString()).ToList();
            Assert.True(all.Count > 0, name);
            var walked =
                name == "events"
                    ? (await WalkAsync(visitor, "/api/v1/events?limit=2"))
                        .Rows.Concat((await WalkAsync(visitor, "/api/v1/events?past=true&limit=2")).Rows)
                        .ToList()
                    : (await WalkAsync(visitor, $"/api/v1/{name}?limit=2")).Rows;
            var seen = walked.Select(r => r.GetProperty(key).ToString()).ToList();
            Assert.True(seen.Count == seen.Distinct().Count(), $"{name}: a row came twice");
            if (name is "events")
            {
                Assert.Equal(all.Order(), seen.Order());
            }
            else
            {
                Assert.Equal(all, seen);
            }
        }

        var members = await Portal.QueryAsync(new Web.Features.Members.Index.Request(new() { Region = Domain.Members.Region.Americas }));
        var americas = await WalkAsync(visitor, "/api/v1/members?region=Americas&limit=4");
        Assert.Equal(members.Items.Select(m => m.Code), americas.Rows.Select(r => r.GetProperty("code").GetString()));
        var scorecards = await WalkAsync(visitor, "/api/v1/scorecards?region=Americas&limit=2");
        Assert.Equal(members.Items.Select(m => m.Code), scorecards.Rows.Select(r => r.GetProperty("member").GetString()));
        var colombia = scorecards.Rows.Single(r => r.GetProperty("member").GetString() == "CO");
        var colombiaOnPage = (await Portal.QueryAsync(new Web.Features.Scorecards.ForMember.Query("co", null)))!;
        Assert.Equal(colombiaOnPage.Scorecard.Forum.Result.ToString(), colombia.GetProperty("forum").GetString());
        Assert.Equal(colombiaOnPage.Scorecard.Responses.Answered, colombia.GetProperty("answered").GetInt32());
        var timelines = await WalkAsync(visitor, "/api/v1/timelines?limit=3");
        Assert.Equal(["AR", "CO", "FR", "PH"], timelines.Rows.Select(r => r.GetProperty("member").GetString()));
        Assert.Equal(
            "NotMet",
            timelines.Rows.Single(r => r.GetProperty("member").GetString() == "PH").GetProperty("twoWeeksCheck").GetString()
        );
    }

    [Theory]
    [InlineData("members")]
    [InlineData("campaigns")]
    [InlineData("timelines")]
    [InlineData("activities")]
    [InlineData("plans")]
    [InlineData("commitments")]
    [InlineData("submissions")]
    [InlineData("events?past=true")]
    [InlineData("blog-posts")]
    [InlineData("scorecards")]
    public async Task A_last_page_that_is_exactly_full_advertises_no_next_page(string collection)
    {
        await Scenario.LoadDemoAsync(Portal);

        using var visitor = Portal.CreateClient();
        var url = $"/api/v1/{collection}{(collection.Contains('?', StringComparison.Ordinal) ? '&' : '?')}limit=";
        var count = (await WalkAsync(visitor, url + Web.Infrastructure.Web.Keyset.MaxLimit)).Rows.Count;
        Assert.True(count > 0, $"{collection}: the demo data should give rows");

        // A page size that the rows fill exactly: the last page is full, and nothing follows it.
        var limit = Enumerable.Range(1, Math.Min(count, Web.Infrastructure.Web.Keyset.MaxLimit)).Last(l => count % l == 0);
        var (rows, pages) = await WalkAsync(visitor, url + limit);

        Assert.Equal(count, rows.Count);
        Assert.Equal(count / limit, pages);
    }

    [Fact]
    public async Task Events_activities_and_posts_that_share_their_time_are_each_walked_once_in_id_order()
    {
        await Scenario.LoadDemoAsync(Portal);

        // Every row ties on the time the list is ordered by: only the id tells them apart.
        await Portal.WithDbAsync(async db =>
        {
            await db.Database.ExecuteSqlRawAsync(
                "UPDATE events SET schedule_starts_at = '2017-03-28 12:00+00', schedule_ends_at = '2017-03-28 13:00+00'"
            );
            await db.Database.ExecuteSqlRawAsync(
                "UPDATE timeline_activities SET starts_at = '2017-03-20 13:00+00', ends_at = '2017-03-20 15:00+00'"
            );
            await db.Database.ExecuteSqlRawAsync(
                "UPDATE blog_posts SET published_at = '2017-03-29 10:00+00' WHERE published_at IS NOT NULL"
            );
        });
        using var visitor = Portal.CreateClient();
        var events = await Portal.WithDbAsync(db => db.Events.Select(e => (long)e.Id).ToListAsync());
        var posts = await Portal.WithDbAsync(db =>
            db.BlogPosts.Where(p => p.Status == Domain.Blog.BlogPostStatus.Published).Select(p => p.Id).ToListAsync()
        );
        using var activities = JsonDocument.Parse(await visitor.Http.GetStringAsync("/open-data/activities.json"));

        async Task<List<long>> Ids(string url) => [.. (await WalkAsync(visitor, url)).Rows.Select(r => r.GetProperty("id").GetInt64())];

        Assert.Equal(events.OrderDescending(), await Ids("/api/v1/events?past=true&limit=2"));
        Assert.Empty(await Ids("/api/v1/events?limit=2"));
        Assert.Equal(
            activities.RootElement.EnumerateArray().Select(a => a.GetProperty("id").GetInt64()).Order(),
            await Ids("/api/v1/activities?limit=2")
        );
        Assert.True(posts.Count > 2);
        Assert.Equal(posts.OrderDescending(), await Ids("/api/v1/blog-posts?limit=2"));
    }

    [Fact]
    public async Task Rows_carry_iso_utc_dates_enum_names_and_no_personal_data()
    {
        var people = await Scenario.CreateAsync(Portal);
        var id = await Scenario.PublishedAsync(Portal, people, Scenario.Proposal());
        using var visitor = Portal.CreateClient();

        var one = JsonDocument.Parse(await visitor.Http.GetStringAsync($"/api/v1/submissions/{id}")).RootElement;
        Assert.Equal("CommitmentProposal", one.GetProperty("kind").GetString());
        Assert.Matches(UtcDate(), one.GetProperty("publishedAt").GetString()!);
        Assert.Equal("Los contratos públicos no se publican y nadie puede seguir el gasto.", one.GetProperty("problem").GetString());
        var all =
            await visitor.Http.GetStringAsync("/api/v1/submissions")
            + await visitor.Http.GetStringAsync("/open-data/submissions.csv")
            + await visitor.Http.GetStringAsync("/open-data/members.json");
        Assert.DoesNotContain("@example.org", all, StringComparison.Ordinal);
        Assert.DoesNotContain(people.ParticipantId.ToString(), all, StringComparison.Ordinal);
        var argentina = JsonDocument.Parse(await visitor.Http.GetStringAsync("/api/v1/members/ar")).RootElement;
        Assert.Equal("Argentina", argentina.GetProperty("name").GetProperty("en").GetString());
    }

    [Fact]
    public async Task A_list_asked_for_without_a_limit_answers_fifty_rows_and_links_to_the_next()
    {
        var people = await Scenario.CreateAsync(Portal);
        var ids = new List<long>();
        for (var i = 0; i < 51; i++)
        {
            ids.Add((await Portal.SendAsync(Scenario.Question(), people.Participant))!.Value);
        }

        await Portal.SendAsync(new Decide.Command(ids, Decide.Decision.Publish), people.Support);
        using var visitor = Portal.CreateClient();

        var page = JsonDocument.Parse(await visitor.Http.GetStringAsync("/api/v1/submissions")).RootElement;

        Assert.Equal(50, page.GetProperty("items").GetArrayLength());
        Assert.Equal($"/api/v1/submissions?after={page.GetProperty("nextAfter").GetString()}", page.GetProperty("next").GetString());
    }

    [Fact]
    public async Task The_api_answers_everyone_as_a_visitor_so_a_pending_submission_stays_hidden_even_from_its_author()
    {
        var people = await Scenario.CreateAsync(Portal);
        var pending = (await Portal.SendAsync(Scenario.Question(), people.Participant))!.Value;
        using var author = await Portal.SignedInClientAsync("ana@example.org");

        await author.GetAsync($"/submissions/{pending}");
        Assert.Equal(HttpStatusCode.OK, author.Status);
        using var response = await author.Http.GetAsync($"/api/v1/submissions/{pending}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [InlineData("/api/v1/submissions/999999", 404)]
    [InlineData("/api/v1/submissions/abc", 404)]
    [InlineData("/api/v1/members/ZZ", 404)]
    [InlineData("/api/v1/commitments/XX0000", 404)]
    [InlineData("/api/v1/no-such-collection", 404)]
    [InlineData("/api/v1/submissions?kind=Bogus", 400)]
    [InlineData("/api/v1/submissions?kind=99", 400)]
    [InlineData("/api/v1/submissions?status=Pending", 400)]
    [InlineData("/api/v1/submissions?status=Rejected", 400)]
    [InlineData("/api/v1/submissions?limit=0", 400)]
    [InlineData("/api/v1/submissions?limit=1000", 400)]
    [InlineData("/api/v1/submissions?limit=abc", 400)]
    [InlineData("/api/v1/submissions?after=garbage", 400)]
    [InlineData("/api/v1/submissions?policyArea=%3Cscript%3E", 400)]
    [InlineData("/api/v1/submissions?language=klingon", 400)]
    [InlineData("/api/v1/members?region=Mars", 400)]
    [InlineData("/api/v1/members?newOnly=perhaps", 400)]
    [InlineData("/api/v1/members?after=%27%3B%20DROP%20TABLE", 400)]
    [InlineData("/api/v1/campaigns?after=2017-13-45~x", 400)]
    [InlineData("/api/v1/timelines?after=nothing", 400)]
    [InlineData("/api/v1/activities?from=yesterday", 400)]
    [InlineData("/api/v1/activities?from=2017-05-01&to=2017-04-01", 400)]
    [InlineData("/api/v1/activities?kind=Party", 400)]
    [InlineData("/api/v1/plans?status=Lost", 400)]
    [InlineData("/api/v1/commitments?completion=Half", 400)]
    [InlineData("/api/v1/events?past=maybe", 400)]
    [InlineData("/api/v1/events?after=1-2-3", 400)]
    [InlineData("/api/v1/blog-posts?campaign=week", 400)]
    [InlineData("/api/v1/blog-posts?limit=-5", 400)]
    public async Task Unknown_ids_and_bad_filters_answer_404_or_400_with_a_problem_in_json_never_500(string url, int status)
    {
        await Scenario.LoadCampaignAsync(Portal);
        using var visitor = Portal.CreateClient();

        using var response = await visitor.Http.GetAsync(url);

        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status, $"{url}: {(int)response.StatusCode} {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
    }

    [Fact]
    public async Task A_refused_filter_names_the_parameter_in_the_visitors_language()
    {
        await Scenario.LoadCampaignAsync(Portal);
        using var visitor = Portal.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/submissions?limit=500");
        request.Headers.AcceptLanguage.ParseAdd("fr");

        using var response = await visitor.Http.SendAsync(request);

        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.Contains("200", errors.GetProperty("limit")[0].GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Demandez", errors.GetProperty("limit")[0].GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/submissions?limit=abc", "es", "limit", "«abc» no es un número entero.")]
    [InlineData("/api/v1/members?newOnly=perhaps", "fr", "newOnly", "«\u00a0perhaps\u00a0» n’est ni true ni false.")]
    [InlineData("/api/v1/activities?from=yesterday", "en", "from", "“yesterday” is not a date written as 2017-03-27.")]
    [InlineData(
        "/api/v1/members?region=Mars",
        "en",
        "region",
        "“Mars” is not one of the values this parameter takes: the API reference at /api lists them."
    )]
    public async Task A_value_the_api_cannot_read_is_named_with_what_its_parameter_takes_in_the_visitors_language(
        string url,
        string language,
        string parameter,
        string message
    )
    {
        using var visitor = Portal.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptLanguage.ParseAdd(language);

        using var response = await visitor.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.Equal([message], errors.GetProperty(parameter).EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task The_openapi_document_is_valid_and_lists_every_api_endpoint()
    {
        using var visitor = Portal.CreateClient();
        using var response = await visitor.Http.GetAsync("/api/v1/openapi.json");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(text);
        var read = OpenApiDocument.Parse(text, "json");
        Assert.Empty(read.Diagnostic?.Errors ?? []);
        var documented = read.Document!.Paths.Keys.ToHashSet(StringComparer.Ordinal);
        var mapped = Portal
            .Services.GetRequiredService<EndpointDataSource>()
            .Endpoints.OfType<RouteEndpoint>()
            .Select(e => "/" + RouteConstraint().Replace(e.RoutePattern.RawText!.TrimStart('/'), "{$1}"))
            .Where(p => p.StartsWith("/api/v1/", StringComparison.Ordinal) && p != "/api/v1/openapi.json")
            .ToHashSet(StringComparer.Ordinal);
        Assert.Equal(18, mapped.Count);
        Assert.Equal(mapped.Order(), documented.Order());
        Assert.All(read.Document.Paths.Values, p => Assert.True(p.Operations!.ContainsKey(HttpMethod.Get)));
        var lists = read.Document.Paths.Where(p => !p.Key.Contains('{', StringComparison.Ordinal)).Select(p => p.Value).ToList();
        Assert.Equal(15, lists.Count);
        foreach (var list in lists)
        {
            var paging = list.Operations![HttpMethod.Get].Parameters!.TakeLast(2).ToList();
            Assert.Equal(["after", "limit"], paging.Select(p => p.Name));
            Assert.Equal([JsonSchemaType.String, JsonSchemaType.Integer], paging.Select(p => p.Schema!.Type!.Value));
            Assert.All(paging, p => Assert.True(p is { In: ParameterLocation.Query, Required: false }));
        }

        var submissions = read.Document.Paths["/api/v1/submissions"].Operations![HttpMethod.Get];
        Assert.StartsWith(
            "The cursor of the page",
            submissions.Parameters!.Single(p => p.Name == "after").Description,
            StringComparison.Ordinal
        );
        Assert.StartsWith("Published submissions with their answers", submissions.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_reference_page_lists_every_endpoint_and_the_footer_links_to_it()
    {
        await Scenario.LoadCampaignAsync(Portal);
        using var visitor = Portal.CreateClient();

        var home = await visitor.GetAsync("/");
        Assert.NotNull(home.QuerySelector("footer a[href='/api']"));
        Assert.NotNull(home.QuerySelector("footer a[href='/open-data']"));
        var reference = await visitor.GetAsync("/api");
        Assert.Equal(HttpStatusCode.OK, visitor.Status);
        var documented = JsonDocument
            .Parse(await visitor.Http.GetStringAsync("/api/v1/openapi.json"))
            .RootElement.GetProperty("paths")
            .EnumerateObject()
            .Select(p => p.Name)
            .ToList();
        var headings = reference.QuerySelectorAll("main section h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(documented.Order().Select(p => "GET " + p), headings.Order());
        Assert.DoesNotContain("Api.", reference.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(reference.QuerySelector("a[href='/api/v1/openapi.json']"));
        foreach (var example in reference.QuerySelectorAll("main section a[href^='/api/v1/']").Select(a => a.GetAttribute("href")!))
        {
            using var answer = await visitor.Http.GetAsync(example);
            Assert.True(answer.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, $"{example}: {answer.StatusCode}");
        }

        var french = await visitor.GetAsync("/api", "fr");
        Assert.Equal("API publique", french.QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task Any_site_may_read_the_api_and_the_downloads_from_a_browser()
    {
        await Scenario.LoadCampaignAsync(Portal);
        using var visitor = Portal.CreateClient();
        foreach (var url in new[] { "/api/v1/members", "/open-data/members.csv" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Add("Origin", "https://newsroom.example");

            using var response = await visitor.Http.SendAsync(request);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        }
    }

    [Fact]
    public async Task Too_many_calls_from_one_address_get_429_in_json_with_retry_after()
    {
        await Scenario.LoadCampaignAsync(Portal);
        await using var factory = Portal.SecondPortal(new Dictionary<string, string?> { ["Portal:RateLimits:OpenDataPermitLimit"] = "2" });
        using var http = factory.CreateClient(new() { BaseAddress = new Uri("https://portal.test") });

        for (var i = 0; i < 2; i++)
        {
            (await http.GetAsync("/api/v1/campaigns")).Dispose();
        }

        using var refused = await http.GetAsync("/api/v1/campaigns");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.Contains("Retry-After"));
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType!.MediaType);
    }

    private static async Task<(List<JsonElement> Rows, int Pages)> WalkAsync(PortalClient client, string first)
    {
        var rows = new List<JsonElement>();
        var pages = 0;
        string? next = first;
        while (next is not null)
        {
            using var response = await client.Http.GetAsync(next);
            Assert.True(
                response.StatusCode == HttpStatusCode.OK,
                $"{next}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}"
            );
            var page = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            rows.AddRange(page.GetProperty("items").EnumerateArray().Select(e => e.Clone()));
            next = page.GetProperty("next").ValueKind == JsonValueKind.Null ? null : page.GetProperty("next").GetString();
            pages++;
            Assert.True(pages < 1000, "the pages never end");
        }

        return (rows, pages);
    }

    [GeneratedRegex(@"\{(\w+):[^}]+\}")]
    private static partial Regex RouteConstraint();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$")]
    private static partial Regex UtcDate();
}
