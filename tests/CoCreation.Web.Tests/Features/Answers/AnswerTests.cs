using CoCreation.Domain.ActionPlans;
using CoCreation.Domain.Common;
using CoCreation.Domain.Submissions;
using CoCreation.Web.Features.Answers;
using CoCreation.Web.Features.Moderation;

namespace CoCreation.Web.Tests.Features.Answers;

public sealed class AnswerTests(WebFixture portal) : PortalTest(portal)
{
    [Fact]
    public async Task The_argentine_official_answers_included_links_a_commitment_and_everyone_sees_it()
    {
        var people = await Scenario.CreateAsync(Portal);
        var commitment = await AddCommitmentAsync("AR", "AR0090");
        var id = await Scenario.ForwardedAsync(Portal, people, Scenario.Proposal());

        var officialMail = await Portal.Smtp.WaitForAsync("official.ar@example.org");
        Assert.Contains("/answers/" + id, officialMail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(Portal.Smtp.Received, m => m.To.ToString().Contains("official.co", StringComparison.Ordinal));
        Assert.Equal(
            [id],
            (await Portal.SendAsUserAsync(new Web.Features.Answers.Index.Query(), people.ArgentinaOfficial)).Select(i => i.Id)
        );
        Assert.Empty(await Portal.SendAsUserAsync(new Web.Features.Answers.Index.Query(), people.ColombiaOfficial));

        await Portal.SendAsync(
            Scenario.Answer(id, AnswerOutcome.Included, "Incluida como compromiso 1 del plan 2017-2019.", commitment),
            people.ArgentinaOfficial
        );

        var page = await Portal.QueryAsync(new Web.Features.Submissions.Details.Query(id));
        Assert.Equal(AnswerOutcome.Included, page!.Outcome);
        Assert.Equal("AR0090", Assert.Single(page.Commitments).OgpId);
        Assert.Equal(
            [SubmissionStepKind.Submitted, SubmissionStepKind.Published, SubmissionStepKind.Forwarded, SubmissionStepKind.Answered],
            page.History.Select(h => h.Kind)
        );
        var authorMail = await Portal.Smtp.WaitForAsync("ana@example.org", m =>
            m.TextBody!.Contains("Incluida como compromiso", StringComparison.Ordinal)
        );
        Assert.NotNull(authorMail);
    }

    [Fact]
    public async Task An_official_of_another_member_or_a_participant_is_refused_and_nothing_changes()
    {
        var people = await Scenario.CreateAsync(Portal);
        var colombian = await AddCommitmentAsync("CO", "CO0090");
        var id = await Scenario.ForwardedAsync(Portal, people, Scenario.Proposal());
        var answer = Scenario.Answer(id, AnswerOutcome.NotIncluded, "No.");

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Portal.SendAsync(answer, people.ColombiaOfficial));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Portal.SendAsync(answer, people.Participant));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Portal.SendAsUserAsync(new Answer.Query(id), people.ColombiaOfficial));
        var foreign = await Assert.ThrowsAsync<DomainException>(() =>
            Portal.SendAsync(answer with { Outcome = AnswerOutcome.Included, CommitmentIds = [colombian] }, people.ArgentinaOfficial)
        );

        Assert.Equal("Domain.Submission.CommitmentOfAnotherMember", foreign.Code);
        Assert.Equal(SubmissionStatus.Forwarded, await Portal.WithDbAsync(db => db.Submissions.Select(s => s.Status).SingleAsync()));
    }

    [Fact]
    public async Task The_author_withdraws_before_the_answer_but_not_after()
    {
        var people = await Scenario.CreateAsync(Portal);
        var withdrawn = (await Portal.SendAsync(Scenario.Question(), people.Participant))!.Value;
        var answered = (await Portal.SendAsync(Scenario.Question(), people.Participant))!.Value;
        await Portal.SendAsync(new Decide.Command([withdrawn, answered], Decide.Decision.Publish), people.Support);
        await Portal.SendAsync(new Decide.Command([answered], Decide.Decision.Forward), people.Support);
        await Portal.SendAsync(Scenario.Answer(answered, AnswerOutcome.Answered, "On 4 April in the ministry."), people.ArgentinaOfficial);

        Assert.True(await Portal.SendAsync(new Web.Features.Submissions.Withdraw.Command(withdrawn), people.Participant));
        Assert.False(await Portal.SendAsync(new Web.Features.Submissions.Withdraw.Command(withdrawn), people.Support));
        Assert.Equal(
            "Domain.Submission.IllegalMove",
            (
                await Assert.ThrowsAsync<DomainException>(() =>
                    Portal.SendAsync(new Web.Features.Submissions.Withdraw.Command(answered), people.Participant)
                )
            ).Code
        );

        var mine = await Portal.SendAsUserAsync(new Web.Features.Submissions.Mine.Query(), people.Participant);
        Assert.Equal([SubmissionStatus.Answered, SubmissionStatus.Withdrawn], mine.Select(m => m.Status).Order());
        Assert.Equal([answered], (await Portal.QueryAsync(new Web.Features.Submissions.Index.Query())).Items.Select(i => i.Id));
    }

    [Fact]
    public async Task The_support_unit_answers_a_help_request_itself_and_officials_cannot()
    {
        var people = await Scenario.CreateAsync(Portal);
        var help = Scenario.Question();
        help.Kind = SubmissionKind.HelpRequest;
        var id = (await Portal.SendAsync(help, people.Participant))!.Value;
        await Portal.SendAsync(new Decide.Command([id], Decide.Decision.Publish), people.Support);

        Assert.Equal(
            "Domain.Submission.HelpRequestStaysWithSupportUnit",
            (
                await Assert.ThrowsAsync<DomainException>(() =>
                    Portal.SendAsync(new Decide.Command([id], Decide.Decision.Forward), people.Support)
                )
            ).Code
        );
        Assert.Equal([id], (await Portal.SendAsUserAsync(new Web.Features.Answers.Index.Query(), people.Support)).Select(i => i.Id));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() =>
            Portal.SendAsync(Scenario.Answer(id, AnswerOutcome.Answered, "x"), people.ArgentinaOfficial)
        );
        await Portal.SendAsync(Scenario.Answer(id, AnswerOutcome.Answered, "We will call you this week."), people.Support);

        Assert.Equal(SubmissionStatus.Answered, await Portal.WithDbAsync(db => db.Submissions.Select(s => s.Status).SingleAsync()));
    }

    [Fact]
    public async Task An_answer_without_a_chosen_outcome_is_refused()
    {
        var people = await Scenario.CreateAsync(Portal);
        var id = await Scenario.ForwardedAsync(Portal, people, Scenario.Proposal());

        var refused = await Assert.ThrowsAsync<Web.Infrastructure.Mediator.InputException>(() =>
            Portal.SendAsync(new Answer.Command { Id = id, Reason = "Because." }, people.ArgentinaOfficial)
        );

        Assert.Contains("Outcome", refused.Errors.Keys);
    }

    private async Task<int> AddCommitmentAsync(string memberCode, string ogpId) =>
        await Portal.WithDbAsync(async db =>
        {
            var memberId = await db.Members.Where(m => m.Code == memberCode).Select(m => m.Id).SingleAsync();
            var plan = NationalActionPlan.Start(memberId, "2017-2019", PlanStatus.CoCreation);
            var commitment = plan.AddCommitment(memberCode, ogpId, new LocalizedText("Open contracting"), ["open-contracting"]);
            db.NationalActionPlans.Add(plan);
            await db.SaveChangesAsync();
            return commitment.Id;
        });
}
