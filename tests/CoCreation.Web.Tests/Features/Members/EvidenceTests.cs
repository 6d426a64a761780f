using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using CoCreation.Domain.Submissions;
using CoCreation.Domain.Timelines;
using CoCreation.Web.Features.Members;
using CoCreation.Web.Infrastructure.Identity;
using CoCreation.Web.Tests.Pages;
using CsvHelper;
using Microsoft.Extensions.DependencyInjection;

namespace CoCreation.Web.Tests.Features.Members;

public sealed class EvidenceTests(WebFixture portal) : PortalTest(portal)
{
    private const string PendingTitle = "Una propuesta que nadie publicó todavía";

    [Fact]
    public async Task Argentinas_evidence_pack_shows_every_section_and_its_zip_holds_the_same_rows_in_csv_and_json()
    {
        Assert.True(await Scenario.LoadDemoAsync(Portal));
        var (_, participant) = await Portal.CreateUserAsync("ana@example.org", roles: Roles.Participant);
        await Portal.SendAsync(Scenario.Proposal() with { Title = PendingTitle }, participant);
        var published = await Portal.WithDbAsync(db =>
            db.Submissions.CountAsync(s =>
                db.Members.Any(m => m.Id == s.MemberId && m.Code == "AR") && Submission.PublicStatuses.Contains(s.Status)
            )
        );
        var timeline = (await Portal.QueryAsync(new Web.Features.Timelines.Details.Query("ar")))!.Timeline!;
        using var visitor = Portal.CreateClient();

        AngleSharp.Html.Dom.IHtmlDocument page = null!;
        var commands = await DbCommands.CountAsync(Portal, async () => page = await visitor.GetAsync("/members/ar/evidence"));

        Assert.Equal(HttpStatusCode.OK, visitor.Status);
        // A fixed number of round trips, whatever the number of commitments, milestones, updates or submissions.
        // (15: the page counts the member's submissions besides listing the newest.)
        Assert.True(commands <= 15, $"{commands} round trips");
        Assert.Equal(5, page.QuerySelectorAll("section.evidence-section").Length);
        Assert.Contains("days before", page.QuerySelector("#evidence-two-weeks")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(timeline.Activities.Count(), page.QuerySelectorAll("#evidence-activities tbody tr").Length);
        Assert.Equal(timeline.Revisions.Count, page.QuerySelectorAll("#evidence-revisions li").Length);
        var submissionLinks = page.QuerySelectorAll("#evidence-submission-list h3 a").Select(a => a.GetAttribute("href") ?? "").ToList();
        Assert.True(published > 0);
        Assert.Equal(Math.Min(published, Evidence.SubmissionsShown), submissionLinks.Count);
        Assert.DoesNotContain(PendingTitle, page.Body!.TextContent, StringComparison.Ordinal);
        var commitments = page.QuerySelectorAll("article.evidence-commitment").ToList();
        Assert.Equal(5, commitments.Count);
        Assert.All(commitments, c => Assert.Equal(3, c.QuerySelectorAll("ol li").Length));
        Assert.All(commitments, c => Assert.NotEmpty(c.QuerySelectorAll(".evidence-progress li")));
        // An evidence link's title is in its update's language, and says so to a screen reader on an English page.
        var titled = page.QuerySelectorAll(".evidence-progress a[href^='https://example.org/']").ToList();
        Assert.NotEmpty(titled);
        Assert.All(titled, a => Assert.Equal(a.ParentElement!.QuerySelector("span[lang]")!.GetAttribute("lang"), a.GetAttribute("lang")));
        Assert.Equal(2, commitments.Count(c => c.QuerySelector("dl") is not null));
        Assert.Equal(5, page.QuerySelectorAll("section[aria-labelledby='evidence-scorecard'] article").Length);
        // Words stay apart: "Activity: Forum meeting", "Substantial · Public procurement office".
        var evidence = page.QuerySelectorAll("section[aria-labelledby='evidence-scorecard'] li a")
            .Select(a => System.Text.RegularExpressions.Regex.Replace(a.TextContent, @"\s+", " ").Trim())
            .Where(t => t.Contains(':', StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(evidence);
        Assert.All(evidence, t => Assert.Matches(@"^[^:]+: \S", t));
        Assert.All(commitments, c => Assert.DoesNotMatch(@"\S·", c.QuerySelector("p")!.TextContent));
        Assert.NotNull(page.QuerySelector("a[href='/members/ar/evidence.zip']"));

        using var zipResponse = await visitor.Http.GetAsync("/members/ar/evidence.zip");
        Assert.Equal(HttpStatusCode.OK, zipResponse.StatusCode);
        Assert.Equal("application/zip", zipResponse.Content.Headers.ContentType!.MediaType);
        using var zip = new ZipArchive(new MemoryStream(await zipResponse.Content.ReadAsByteArrayAsync()));
        Assert.Equal(EvidencePack.Files, zip.Entries.Select(e => e.FullName));
        var readme = Text(zip, "README.txt");
        Assert.Contains("Argentina (AR)", readme, StringComparison.Ordinal);
        Assert.Contains("submissions.csv", readme, StringComparison.Ordinal);
        Assert.Contains(
            Portal.Services.GetRequiredService<TimeProvider>().GetUtcNow().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            readme,
            StringComparison.Ordinal
        );

        var submissions = Csv(zip, "submissions.csv");
        Assert.Equal(published, submissions.Count);
        Assert.Equal(submissionLinks, submissions.Select(r => r["url"]).Take(submissionLinks.Count).ToList());
        Assert.DoesNotContain(submissions, r => r["title"] == PendingTitle);
        Assert.Contains(submissions, r => r["commitments"].Length > 0 && r["outcome"].Length > 0);
        using (var json = JsonDocument.Parse(Text(zip, "submissions.json")))
        {
            Assert.Equal(published, json.RootElement.GetArrayLength());
        }

        var ogpIds = commitments.Select(c => c.QuerySelector("h3 a")!.TextContent).ToList();
        Assert.Equal(ogpIds, Csv(zip, "commitments.csv").Select(r => r["ogp_id"]).ToList());
        Assert.Equal(15, Csv(zip, "milestones.csv").Count);
        Assert.Equal(page.QuerySelectorAll(".evidence-progress > li").Length, Csv(zip, "progress.csv").Count);
        Assert.Equal(timeline.Activities.Count(), Csv(zip, "timeline-activities.csv").Count);
        Assert.Equal(timeline.Check.Result.ToString(), Csv(zip, "timeline.csv").Single()["result"]);
        Assert.Equal(5, Csv(zip, "scorecard.csv").Select(r => r["standard"]).Distinct().Count());
        Assert.Contains(Csv(zip, "scorecard.csv"), r => r["url"].StartsWith("/members/ar/timeline", StringComparison.Ordinal));
        using (var json = JsonDocument.Parse(Text(zip, "commitments.json")))
        {
            Assert.Equal(5, json.RootElement.GetArrayLength());
            Assert.Equal(3, json.RootElement[0].GetProperty("milestones").GetArrayLength());
        }

        var french = await visitor.GetAsync("/members/ar/evidence", language: "fr");
        Assert.Contains("Dossier de preuves", french.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        var html = await visitor.Http.GetStringAsync("/members/ar/evidence");
        Assert.Empty(await HtmlChecker.ErrorsAsync([("/members/ar/evidence", html)]));
    }

    [Fact]
    public async Task Colombias_evidence_pack_shows_its_forum_members_and_the_forum_meetings_of_its_timeline_with_their_links()
    {
        Assert.True(await Scenario.LoadDemoAsync(Portal));
        var timeline = (await Portal.QueryAsync(new Web.Features.Timelines.Details.Query("co")))!.Timeline!;
        var meetings = timeline.Activities.Where(a => a.Kind == ActivityKind.ForumMeeting).ToList();
        Assert.NotEmpty(meetings);
        using var visitor = Portal.CreateClient();

        var page = await visitor.GetAsync("/members/co/evidence");

        var items = page.QuerySelectorAll("#evidence-forum-meetings li");
        Assert.Equal(meetings.Count, items.Length);
        Assert.All(meetings, m =>
            Assert.NotNull(page.QuerySelector($"#evidence-forum-meetings a[href='/members/co/timeline#activity-{m.Id}']"))
        );
        using var zip = new ZipArchive(new MemoryStream(await visitor.Http.GetByteArrayAsync("/members/co/evidence.zip")));
        Assert.Equal(meetings.Count, Csv(zip, "forum-meetings.csv").Count);
        var forum = (await Portal.QueryAsync(new Web.Features.Forums.Details.Query("co")))!;
        Assert.NotEmpty(forum.Members);
        Assert.Equal(forum.Members.Count, page.QuerySelectorAll("#evidence-forum-members tbody tr").Length);
        Assert.NotNull(page.QuerySelector("#evidence-forum-balance"));
        Assert.Equal(forum.Members.Select(m => m.Name), Csv(zip, "forum-members.csv").Select(r => r["name"]));
        Assert.NotNull((await visitor.GetAsync("/members/co")).QuerySelector("a[href='/members/co/evidence']"));
        Assert.NotNull((await visitor.GetAsync("/members/co/scorecard")).QuerySelector("a[href='/members/co/evidence']"));
    }

    [Fact]
    public async Task A_member_with_three_hundred_submissions_keeps_its_evidence_page_under_50_KB_and_its_zip_holds_them_all()
    {
        await Scenario.LoadCampaignAsync(Portal);
        var moderator = (await Portal.CreateUserAsync("support@example.org", roles: Roles.SupportUnit)).User.Id;
        var start = new DateTimeOffset(2017, 3, 1, 12, 0, 0, TimeSpan.Zero);
        const int Count = 300;
        await Portal.WithDbAsync(async db =>
        {
            var peru = await db.Members.Where(m => m.Code == "PE").Select(m => m.Id).SingleAsync();
            for (var i = 0; i < Count; i++)
            {
                var at = start.AddHours(i);
                var idea = Submission.Submit(
                    peru,
                    SubmissionKind.Question,
                    new SubmissionContent(
                        $"¿Cuándo se publicarán los contratos de obra pública del distrito {i}?",
                        "es",
                        "Los contratos de obra pública del distrito no se publican y nadie puede seguir el gasto de la municipalidad."
                    ),
                    moderator,
                    "Rosa (example)",
                    null,
                    false,
                    at.AddMinutes(-5)
                );
                idea.Publish(moderator, at);
                if (i % 2 == 0)
                {
                    idea.Forward(moderator, true, at.AddMinutes(1));
                    idea.Answer(
                        moderator,
                        AnswerOutcome.Answered,
                        "El portal de contrataciones publicará los contratos del distrito a partir del próximo trimestre, con sus anexos.",
                        [],
                        at.AddMinutes(2)
                    );
                }

                idea.ClearDomainEvents();
                db.Submissions.Add(idea);
            }

            await db.SaveChangesAsync();
        });
        using var visitor = Portal.CreateClient();

        using var response = await visitor.Http.GetAsync("/members/pe/evidence");
        var html = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(html.Length <= 50 * 1024, $"HTML is {html.Length} bytes, over 50 KB");
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(html));
        Assert.Contains("(300)", page.QuerySelector("#evidence-submissions")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(
            "300 published · 150 with their reasoned response",
            Squeeze(page.QuerySelector("#evidence-submission-counts")!.TextContent)
        );
        var listed = page.QuerySelectorAll("#evidence-submission-list h3 a").Select(a => a.TextContent).ToList();
        Assert.Equal(Evidence.SubmissionsShown, listed.Count);
        Assert.Equal($"¿Cuándo se publicarán los contratos de obra pública del distrito {Count - 1}?", listed[0]);
        var cut = page.QuerySelector("#evidence-submissions-cut")!;
        Assert.Contains($"Only the {Evidence.SubmissionsShown} most recent", cut.TextContent, StringComparison.Ordinal);
        Assert.NotNull(cut.QuerySelector("a[href='/submissions?Member=pe']"));
        Assert.NotNull(cut.QuerySelector("a[href='/members/pe/evidence.zip']"));
        var list = await visitor.GetAsync("/submissions?Member=pe");
        Assert.Equal(HttpStatusCode.OK, visitor.Status);
        Assert.Contains("distrito 299", list.Body!.TextContent, StringComparison.Ordinal);

        var responses = page.QuerySelector("#check-ReasonedResponse")!.ParentElement!;
        Assert.Equal(12, responses.QuerySelectorAll("li").Length);
        Assert.NotNull(responses.QuerySelector(".evidence-more a[href='/members/pe/evidence.zip']"));

        using var zip = new ZipArchive(new MemoryStream(await visitor.Http.GetByteArrayAsync("/members/pe/evidence.zip")));
        var rows = Csv(zip, "submissions.csv");
        Assert.Equal(Count, rows.Count);
        Assert.Equal(Count / 2, rows.Count(r => r["outcome"].Length > 0));
        Assert.Empty(await HtmlChecker.ErrorsAsync([("/members/pe/evidence", System.Text.Encoding.UTF8.GetString(html))]));
    }

    [Fact]
    public async Task An_unknown_member_has_no_evidence_pack()
    {
        await Scenario.LoadCampaignAsync(Portal);
        using var visitor = Portal.CreateClient();

        await visitor.GetAsync("/members/zz/evidence");
        Assert.Equal(HttpStatusCode.NotFound, visitor.Status);
        using var zip = await visitor.Http.GetAsync("/members/zz/evidence.zip");
        Assert.Equal(HttpStatusCode.NotFound, zip.StatusCode);
    }

    private static string Squeeze(string text) =>
        string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));

    private static string Text(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }

    /// <summary>Reads a CSV file of the pack with CsvHelper, each row as column → value.</summary>
    private static List<Dictionary<string, string>> Csv(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        using var csv = CsvReader.Create(reader, CsvReaderOptions.Default with { HasHeader = true }, false);
        var header = csv.Headers.ToArray();
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
        {
            rows.Add(header.ToDictionary(h => h, h => csv.GetString(h)));
        }

        return rows;
    }
}
