using CoCreation.Domain.Comments;
using CoCreation.Domain.Submissions;
using CoCreation.Web.Features.Moderation;
using CoCreation.Web.Infrastructure.Mediator;
using CoCreation.Web.Tests.Features.Comments;

namespace CoCreation.Web.Tests.Features.Moderation;

public sealed class DecideReportedTests(WebFixture portal) : PortalTest(portal)
{
    [Fact]
    public async Task The_support_unit_removes_a_reported_submission_with_a_reason_its_author_reads_and_is_emailed_in_their_language()
    {
        var s = await CommentScenario.CreateAsync(Portal);
        await Portal.WithDbAsync(db =>
            db.Users.Where(u => u.Email == "ana@example.org").ExecuteUpdateAsync(u => u.SetProperty(x => x.PreferredLanguage, "es"))
        );
        await Portal.SendAsync(Scenario.Report(s.Proposal, ReportReason.PersonalData), s.Chloe);

        await Portal.SendAsync(
            new DecideReported.Command(s.Proposal, DecideReported.Decision.Remove, "Publica datos personales de un funcionario."),
            s.People.Support
        );

        var seenByAuthor = await Portal.SendAsUserAsync(new Web.Features.Submissions.Details.Query(s.Proposal), s.People.Participant);
        Assert.Equal(
            (SubmissionStatus.Removed, "Publica datos personales de un funcionario."),
            (seenByAuthor!.Status, seenByAuthor.RemovalReason)
        );
        Assert.Null(await Portal.QueryAsync(new Web.Features.Submissions.Details.Query(s.Proposal)));
        var email = await Portal.Smtp.WaitForAsync("ana@example.org", m =>
            m.Subject?.StartsWith("Retirada", StringComparison.Ordinal) == true
        );
        Assert.Equal("Retirada: Publicar todos los contratos públicos", email.Subject);
        Assert.Contains("Publica datos personales de un funcionario.", email.TextBody, StringComparison.Ordinal);
        Assert.Empty((await Portal.SendAsUserAsync(new Reported.Query(), s.People.Support)).Items);
        Assert.Equal(["submission.reports.remove"], await Audited.ActionsAsync(Portal, "submission.reports"));
    }

    [Fact]
    public async Task A_participant_cannot_decide_and_a_removal_needs_a_reason()
    {
        var s = await CommentScenario.CreateAsync(Portal);
        await Portal.SendAsync(Scenario.Report(s.Proposal, ReportReason.PersonalData), s.Chloe);

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() =>
            Portal.SendAsync(new DecideReported.Command(s.Proposal, DecideReported.Decision.Restore), s.Dario)
        );
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Portal.SendAsUserAsync(new Reported.Query(), s.Dario));
        var refused = await Assert.ThrowsAsync<InputException>(() =>
            Portal.SendAsync(new DecideReported.Command(s.Proposal, DecideReported.Decision.Remove, " "), s.People.Support)
        );

        Assert.Equal(["Reason"], refused.Errors.Keys);
        var stored = await Portal.WithDbAsync(db => db.Submissions.AsNoTracking().SingleAsync(x => x.Id == s.Proposal));
        Assert.Equal((SubmissionStatus.Published, 1), (stored.Status, stored.OpenReports));
    }

    [Fact]
    public async Task A_submission_nobody_reported_is_not_the_queues_to_decide()
    {
        var s = await CommentScenario.CreateAsync(Portal);

        var illegal = await Assert.ThrowsAsync<Domain.Common.DomainException>(() =>
            Portal.SendAsync(new DecideReported.Command(s.Proposal, DecideReported.Decision.Remove, "No."), s.People.Support)
        );

        Assert.Equal("Domain.Submission.IllegalMove", illegal.Code);
    }
}
