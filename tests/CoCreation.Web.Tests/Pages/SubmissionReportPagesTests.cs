using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using CoCreation.Domain.Comments;
using CoCreation.Domain.Submissions;
using CoCreation.Web.Tests.Features.Comments;

namespace CoCreation.Web.Tests.Pages;

public sealed class SubmissionReportPagesTests(WebFixture portal) : PortalTest(portal)
{
    [Fact]
    public async Task A_reader_reports_a_submission_with_the_form_and_its_page_says_so()
    {
        var s = await CommentScenario.CreateAsync(Portal);
        using var chloe = await Portal.SignedInClientAsync("chloe@example.org");
        var page = await chloe.GetAsync($"/submissions/{s.Proposal}");

        var after = await chloe.SendFormAsync(
            page.QuerySelector("a.report-link")!.GetAttribute("href")!,
            new Dictionary<string, string> { ["Data.Reason"] = "Other", ["Data.Text"] = "Copia otra propuesta palabra por palabra." }
        );

        Assert.Equal(HttpStatusCode.OK, chloe.Status);
        Assert.NotNull(after.QuerySelector("#reported-by-you"));
        Assert.Null(after.QuerySelector("a.report-link"));
        var report = await Portal.WithDbAsync(db => db.ReaderReports.AsNoTracking().SingleAsync());
        Assert.Equal(
            (s.Proposal, ReportReason.Other, "Copia otra propuesta palabra por palabra."),
            (report.SubmissionId!.Value, report.Reason, report.Text)
        );
    }

    [Fact]
    public async Task A_second_report_from_another_tab_is_refused_politely_and_keeps_the_words_typed()
    {
        var s = await CommentScenario.CreateAsync(Portal);
        using var chloe = await Portal.SignedInClientAsync("chloe@example.org");
        await chloe.ChooseLanguageAsync("fr");
        var form = await chloe.GetAsync($"/submissions/{s.Proposal}/report");
        await Portal.SendAsync(Scenario.Report(s.Proposal), s.Chloe);

        var refused = await chloe.SubmitAsync(
            form,
            "main form",
            new Dictionary<string, string> { ["Data.Reason"] = "Other", ["Data.Text"] = "Elle répète une autre proposition." }
        );

        Assert.Equal(HttpStatusCode.OK, chloe.Status);
        Assert.Equal("Elle répète une autre proposition.", refused.QuerySelector<IHtmlTextAreaElement>("#Data_Text")!.Value);
        Assert.Contains("Vous avez déjà signalé cette contribution", refused.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await Portal.WithDbAsync(db => db.ReaderReports.CountAsync()));
    }

    [Fact]
    public async Task A_reader_cannot_report_their_own_submission_and_a_visitor_is_sent_to_sign_in()
    {
        var s = await CommentScenario.CreateAsync(Portal);
        using var ana = await Portal.SignedInClientAsync("ana@example.org");
        using var visitor = Portal.CreateClient(followRedirects: false);

        var own = await ana.GetAsync($"/submissions/{s.Proposal}/report");
        var page = await ana.GetAsync($"/submissions/{s.Proposal}");
        using var anonymous = await visitor.Http.GetAsync($"/submissions/{s.Proposal}/report");

        Assert.Null(own.QuerySelector("main form"));
        Assert.Contains("You cannot report your own submission", own.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("a.report-link"));
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("sign-in", anonymous.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_support_unit_sees_it_in_the_queue_and_removes_it_with_a_reason_its_author_then_reads()
    {
        var s = await HiddenByReportsAsync();

        using var support = await Portal.SignedInClientAsync("support@example.org");
        var queue = await support.GetAsync("/moderation/comments");
        Assert.Equal(3, queue.QuerySelectorAll($"article#submission-{s.Proposal} li").Length);
        var decide = await support.GetAsync(queue.QuerySelector($"article#submission-{s.Proposal} a.btn")!.GetAttribute("href")!);
        var refused = await support.SubmitAsync(
            decide,
            "form[action*='handler=Remove']",
            new Dictionary<string, string> { ["Data.Reason"] = " " }
        );
        Assert.NotEqual("", refused.QuerySelector("#Data_Reason-error")!.TextContent.Trim());

        var after = await support.SubmitAsync(
            refused,
            "form[action*='handler=Remove']",
            new Dictionary<string, string> { ["Data.Reason"] = "Insults the officials by name." }
        );

        Assert.NotNull(after.QuerySelector("[role=status]"));
        Assert.Null(after.QuerySelector($"article#submission-{s.Proposal}"));
        using var ana = await Portal.SignedInClientAsync("ana@example.org");
        var mine = await ana.GetAsync($"/submissions/{s.Proposal}");
        Assert.Equal("Insults the officials by name.", mine.QuerySelector("section[aria-labelledby=removal] p")!.TextContent.Trim());
        using var visitor = Portal.CreateClient(followRedirects: false);
        using var gone = await visitor.Http.GetAsync($"/submissions/{s.Proposal}");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal(SubmissionStatus.Removed, await Scenario.SubmissionStatusAsync(Portal, s.Proposal));
    }

    [Fact]
    public async Task Its_author_may_withdraw_one_that_reports_hid_and_it_leaves_the_support_units_queue()
    {
        var s = await HiddenByReportsAsync();

        using var ana = await Portal.SignedInClientAsync("ana@example.org");
        var hidden = await ana.GetAsync($"/submissions/{s.Proposal}");
        var after = await ana.SubmitAsync(hidden, "form[action*='handler=Withdraw']", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.OK, ana.Status);
        Assert.Null(after.QuerySelector("form[action*='handler=Withdraw']"));
        Assert.Equal("Your submission is withdrawn: others no longer see it.", after.QuerySelector("[role=status]")!.TextContent.Trim());
        Assert.NotNull(hidden.QuerySelector("#withdraw-explained"));
        Assert.Null(after.QuerySelector("#share-text"));
        var stored = await Portal.WithDbAsync(db => db.Submissions.AsNoTracking().SingleAsync(x => x.Id == s.Proposal));
        Assert.Equal((SubmissionStatus.Withdrawn, 0), (stored.Status, stored.OpenReports));
        using var support = await Portal.SignedInClientAsync("support@example.org");
        var queue = await support.GetAsync("/moderation/comments");
        Assert.Null(queue.QuerySelector($"article#submission-{s.Proposal}"));
    }

    [Fact]
    public async Task A_participant_is_refused_the_support_units_decision_page()
    {
        var s = await CommentScenario.CreateAsync(Portal);
        await Portal.SendAsync(Scenario.Report(s.Proposal), s.Chloe);
        using var dario = await Portal.SignedInClientAsync("dario@example.org");

        await dario.GetAsync($"/moderation/reported/{s.Proposal}");

        Assert.Equal(HttpStatusCode.Forbidden, dario.Status);
    }

    /// <summary>Ana's proposal, reported as offensive by Bruno, Chloé and Darío: enough reports to hide it.</summary>
    private async Task<CommentScenario> HiddenByReportsAsync()
    {
        var s = await CommentScenario.CreateAsync(Portal);
        foreach (var reader in new[] { s.Bruno, s.Chloe, s.Dario })
        {
            await Portal.SendAsync(Scenario.Report(s.Proposal, ReportReason.Offensive), reader);
        }

        return s;
    }
}
