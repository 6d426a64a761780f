using CoCreation.Domain.Comments;
using CoCreation.Domain.Common;
using CoCreation.Web.Features.Comments;

namespace CoCreation.Web.Tests.Features.Comments;

public sealed class ReportTests(WebFixture portal) : PortalTest(portal)
{
    [Fact]
    public async Task The_third_report_hides_the_comment_until_the_support_unit_restores_it()
    {
        var s = await CommentScenario.CreateAsync(Portal);
        var id = (await Portal.SendAsync(CommentScenario.On(s.Proposal, "Los funcionarios son todos unos inútiles."), s.Bruno))!.Value;

        await Portal.SendAsync(Scenario.ReportComment(id, ReportReason.Offensive, null), s.Chloe);
        await Portal.SendAsync(Scenario.ReportComment(id, ReportReason.OffTopic, null), s.Dario);
        Assert.Single((await CommentScenario.ThreadAsync(Portal, s.Proposal)).Comments);
        await Portal.SendAsync(Scenario.ReportComment(id, ReportReason.Other, "Insulta a los funcionarios"), s.People.Participant);

        Assert.Empty((await CommentScenario.ThreadAsync(Portal, s.Proposal)).Comments);
        var queued = Assert.Single((await Portal.SendAsUserAsync(new Queue.Query(), s.People.Support)).Items);
        Assert.Equal(CommentStatus.AwaitingReview, queued.Status);
        Assert.Equal(
            [(ReportReason.Other, "Insulta a los funcionarios"), (ReportReason.OffTopic, null), (ReportReason.Offensive, null)],
            queued.Reports.Select(r => (r.Reason, r.Text))
        );

        await Portal.SendAsync(new Moderate.Command(id, Moderate.Decision.Restore), s.People.Support);

        Assert.Equal(CommentStatus.Published, Assert.Single((await CommentScenario.ThreadAsync(Portal, s.Proposal)).Comments).Status);
        Assert.Empty((await Portal.SendAsUserAsync(new Queue.Query(), s.People.Support)).Items);
    }

    [Fact]
    public async Task One_report_per_account_and_comment_and_never_ones_own()
    {
        var s = await CommentScenario.CreateAsync(Portal);
        var id = (await Portal.SendAsync(CommentScenario.On(s.Proposal), s.Bruno))!.Value;
        await Portal.SendAsync(Scenario.ReportComment(id, ReportReason.Spam, null), s.Chloe);

        var again = await Assert.ThrowsAsync<DomainException>(() =>
            Portal.SendAsync(Scenario.ReportComment(id, ReportReason.Spam, null), s.Chloe)
        );
        var own = await Assert.ThrowsAsync<DomainException>(() =>
            Portal.SendAsync(Scenario.ReportComment(id, ReportReason.Spam, null), s.Bruno)
        );

        Assert.Equal(("Domain.Comment.AlreadyReported", "Domain.Comment.ReportOwn"), (again.Code, own.Code));
        Assert.Equal(1, await Portal.WithDbAsync(db => db.ReaderReports.CountAsync()));
        Assert.Equal(1, await Portal.WithDbAsync(db => db.Comments.Select(c => c.OpenReports).SingleAsync()));
        var thread = await CommentScenario.ThreadAsync(Portal, s.Proposal, s.Chloe);
        Assert.Equal((true, false), (thread.Comments[0].Reported, thread.Comments[0].CanReport));
    }

    [Fact]
    public async Task Three_readers_reporting_at_the_same_moment_all_count_and_the_comment_is_hidden()
    {
        var s = await CommentScenario.CreateAsync(Portal);
        var id = (await Portal.SendAsync(CommentScenario.On(s.Proposal), s.Bruno))!.Value;

        await Task.WhenAll(
            new[] { s.Chloe, s.Dario, s.People.Participant }.Select(reader =>
                Portal.SendAsync(Scenario.ReportComment(id, ReportReason.Spam, null), reader)
            )
        );

        var stored = await Portal.WithDbAsync(db => db.Comments.AsNoTracking().SingleAsync());
        Assert.Equal((CommentStatus.AwaitingReview, 3), (stored.Status, stored.OpenReports));
    }

    [Fact]
    public async Task The_threshold_is_a_setting()
    {
        await using var strict = Portal.SecondPortal(new Dictionary<string, string?> { ["Portal:Comments:ReportsToHide"] = "1" });
        var s = await CommentScenario.CreateAsync(Portal);
        var id = (await Portal.SendAsync(CommentScenario.On(s.Proposal), s.Bruno))!.Value;

        await strict.SendAsync(Scenario.ReportComment(id, ReportReason.PersonalData, null), s.Chloe);

        Assert.Equal(CommentStatus.AwaitingReview, await Portal.WithDbAsync(db => db.Comments.Select(c => c.Status).SingleAsync()));
    }

    [Fact]
    public async Task Other_needs_a_few_words_and_a_reason_is_required()
    {
        var s = await CommentScenario.CreateAsync(Portal);
        var id = (await Portal.SendAsync(CommentScenario.On(s.Proposal), s.Bruno))!.Value;

        var other = await Assert.ThrowsAsync<Web.Infrastructure.Mediator.InputException>(() =>
            Portal.SendAsync(Scenario.ReportComment(id, ReportReason.Other, " "), s.Chloe)
        );
        var none = await Assert.ThrowsAsync<Web.Infrastructure.Mediator.InputException>(() =>
            Portal.SendAsync(Scenario.ReportComment(id, null, null), s.Chloe)
        );

        Assert.Equal(["Text"], other.Errors.Keys);
        Assert.Equal(["Reason"], none.Errors.Keys);
    }
}
