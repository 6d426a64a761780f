using System.Text.Json;
using CoCreation.Domain.Comments;
using CoCreation.Domain.Common;
using CoCreation.Domain.Submissions;
using CoCreation.Web.Features.Moderation;
using CoCreation.Web.Features.Submissions;
using CoCreation.Web.Tests.Features.Comments;

namespace CoCreation.Web.Tests.Features.Submissions;

public sealed class ReportTests(WebFixture portal) : PortalTest(portal)
{
    [Fact]
    public async Task One_report_per_account_never_on_ones_own_submission_and_a_double_click_stores_one()
    {
        var s = await CommentScenario.CreateAsync(Portal);
        var first = Scenario.Report(s.Proposal, ReportReason.OffTopic);
        await Portal.SendAsync(first, s.Chloe);

        var twice = await Portal.SendAsync(first, s.Chloe);
        var again = await Assert.ThrowsAsync<DomainException>(() => Portal.SendAsync(Scenario.Report(s.Proposal), s.Chloe));
        var own = await Assert.ThrowsAsync<DomainException>(() => Portal.SendAsync(Scenario.Report(s.Proposal), s.People.Participant));

        Assert.Equal(new Report.Outcome(true), twice);
        Assert.Equal(("Domain.Submission.AlreadyReported", "Domain.Submission.ReportOwn"), (again.Code, own.Code));
        Assert.Equal(1, await Portal.WithDbAsync(db => db.ReaderReports.CountAsync(r => r.SubmissionId == s.Proposal)));
        var stored = await Portal.WithDbAsync(db => db.Submissions.AsNoTracking().SingleAsync(x => x.Id == s.Proposal));
        Assert.Equal((SubmissionStatus.Published, 1), (stored.Status, stored.OpenReports));
        var seen = await Portal.SendAsUserAsync(new Details.Query(s.Proposal), s.Chloe);
        Assert.Equal((true, false), (seen!.ReportedByMe, seen.CanReport));
    }

    [Fact]
    public async Task The_third_report_hides_it_from_every_public_read_until_the_support_unit_restores_it()
    {
        var s = await CommentScenario.CreateAsync(Portal);
        var id = await Scenario.ForwardedAsync(Portal, s.People, Scenario.Proposal());
        using var visitor = Portal.CreateClient(followRedirects: false);
        Assert.All(await PublicReadsAsync(visitor, id), read => Assert.True(read.Value, $"{read.Key} before any report"));

        await Portal.SendAsync(Scenario.Report(id, ReportReason.Offensive), s.Bruno);
        var second = await Portal.SendAsync(Scenario.Report(id, ReportReason.PersonalData), s.Chloe);
        var third = await Portal.SendAsync(Scenario.Report(id, ReportReason.Other, "Da el teléfono de un funcionario"), s.Dario);

        Assert.Equal((true, false), (second!.StillPublic, third!.StillPublic));
        Assert.All(await PublicReadsAsync(visitor, id), read => Assert.False(read.Value, $"{read.Key} while hidden"));
        var mine = await Portal.SendAsUserAsync(new Details.Query(id), s.People.Participant);
        Assert.Equal(SubmissionStatus.UnderReview, mine!.Status);
        var queued = Assert.Single((await Portal.SendAsUserAsync(new Reported.Query(), s.People.Support)).Items);
        Assert.Equal((id, true, SubmissionStatus.Forwarded), (queued.Id, queued.Hidden, queued.StatusBeforeReview));
        Assert.Equal(
            [(ReportReason.Other, "Da el teléfono de un funcionario"), (ReportReason.PersonalData, null), (ReportReason.Offensive, null)],
            queued.Reports.Select(r => (r.Reason, r.Text))
        );

        await Portal.SendAsync(new DecideReported.Command(id, DecideReported.Decision.Restore), s.People.Support);

        Assert.All(await PublicReadsAsync(visitor, id), read => Assert.True(read.Value, $"{read.Key} once restored"));
        var restored = await Portal.WithDbAsync(db => db.Submissions.AsNoTracking().SingleAsync(x => x.Id == id));
        Assert.Equal((SubmissionStatus.Forwarded, 0), (restored.Status, restored.OpenReports));
        Assert.Empty((await Portal.SendAsUserAsync(new Reported.Query(), s.People.Support)).Items);
        Assert.Equal(["submission.reports.restore"], await Audited.ActionsAsync(Portal, "submission.reports"));
    }

    [Fact]
    public async Task The_threshold_is_the_comments_setting()
    {
        await using var strict = Portal.SecondPortal(new Dictionary<string, string?> { ["Portal:Comments:ReportsToHide"] = "1" });
        var s = await CommentScenario.CreateAsync(Portal);

        var outcome = await strict.SendAsync(Scenario.Report(s.Proposal), s.Chloe);

        Assert.False(outcome!.StillPublic);
        Assert.Equal(SubmissionStatus.UnderReview, await Scenario.SubmissionStatusAsync(Portal, s.Proposal));
    }

    [Fact]
    public async Task A_filled_honeypot_stores_nothing()
    {
        var s = await CommentScenario.CreateAsync(Portal);
        var robot = Scenario.Report(s.Proposal);
        robot.Website = "https://spam.example";

        await Portal.SendAsync(robot, s.Chloe);

        Assert.Equal(0, await Portal.WithDbAsync(db => db.ReaderReports.CountAsync()));
    }

    /// <summary>Whether the public finds the submission in each of its reads, as a visitor with no cookie.</summary>
    private static async Task<Dictionary<string, bool>> PublicReadsAsync(PortalClient visitor, long id)
    {
        var link = $"/submissions/{id}\"";
        async Task<string> Read(string path)
        {
            using var response = await visitor.Http.GetAsync(path);
            return response.StatusCode == HttpStatusCode.OK ? await response.Content.ReadAsStringAsync() : "";
        }

        bool InJson(string json) =>
            json.Length > 0
            && JsonDocument.Parse(json).RootElement is var root
            && (root.ValueKind == JsonValueKind.Array ? root : root.GetProperty("items"))
                .EnumerateArray()
                .Any(r => r.GetProperty("id").GetInt64() == id);

        using var page = await visitor.Http.GetAsync($"/submissions/{id}");
        return new Dictionary<string, bool>
        {
            ["its page"] = page.StatusCode == HttpStatusCode.OK,
            ["the list"] = (await Read("/submissions")).Contains(link, StringComparison.Ordinal),
            ["the search"] = (await Read("/submissions?q=contratos")).Contains(link, StringComparison.Ordinal),
            ["the member's list"] = (await Read("/submissions?member=AR")).Contains(link, StringComparison.Ordinal),
            ["the member's evidence"] = (await Read("/members/AR/evidence")).Contains(link, StringComparison.Ordinal),
            ["the feed"] =
                (await Read("/submissions/feed.atom")) is var feed
                && (feed.Contains($"/submissions/{id}<", StringComparison.Ordinal) || feed.Contains(link, StringComparison.Ordinal)),
            ["the open data"] = InJson(await Read("/open-data/submissions.json")),
            ["the csv"] = (await Read("/open-data/submissions.csv")).Contains($"\n{id},", StringComparison.Ordinal),
            ["the api"] = InJson(await Read("/api/v1/submissions")),
            ["the api's one"] = (await Read($"/api/v1/submissions/{id}")).Length > 0,
        };
    }
}
