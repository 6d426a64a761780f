using CoCreation.Domain.Submissions;
using CoCreation.Web.Features.Submissions;
using CoCreation.Web.Infrastructure.Mediator;

namespace CoCreation.Web.Tests.Features.Submissions;

public sealed class SubmitTests(WebFixture portal) : PortalTest(portal)
{
    [Fact]
    public async Task A_proposal_waits_for_moderation_is_not_public_and_the_author_is_emailed_once()
    {
        var people = await Scenario.CreateAsync(Portal);

        var id = await Portal.SendAsync(Scenario.Proposal(), people.Participant);

        var stored = await Portal.WithDbAsync(db => db.Submissions.SingleAsync());
        Assert.Equal(id, stored.Id);
        Assert.Equal(SubmissionStatus.Pending, stored.Status);
        Assert.Equal("es", stored.Language);
        Assert.Empty((await Portal.QueryAsync(new Web.Features.Submissions.Index.Query())).Items);
        Assert.Null(await Portal.QueryAsync(new Details.Query(id!.Value)));
        var mail = await Portal.Smtp.WaitForAsync("ana@example.org");
        Assert.Contains("/submissions/" + id, mail.TextBody, StringComparison.Ordinal);
        Assert.Equal(1, await Portal.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.To == "ana@example.org")));
    }

    [Fact]
    public async Task A_double_click_makes_one_submission_even_when_both_arrive_at_once()
    {
        var people = await Scenario.CreateAsync(Portal);
        var command = Scenario.Proposal();

        var ids = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Portal.SendAsync(command, people.Participant)));
        var again = await Portal.SendAsync(command, people.Participant);

        Assert.Single(ids.Distinct());
        Assert.Equal(ids[0], again);
        Assert.Equal(1, await Portal.WithDbAsync(db => db.Submissions.CountAsync()));
    }

    [Fact]
    public async Task A_filled_honeypot_stores_nothing()
    {
        var people = await Scenario.CreateAsync(Portal);
        var command = Scenario.Proposal();
        command.Website = "http://spam.example";

        Assert.Null(await Portal.SendAsync(command, people.Participant));
        Assert.Equal(0, await Portal.WithDbAsync(db => db.Submissions.CountAsync()));
    }

    [Fact]
    public async Task A_proposal_without_its_fields_or_an_unknown_member_is_refused_per_field()
    {
        var people = await Scenario.CreateAsync(Portal);
        var incomplete = Scenario.Proposal();
        incomplete.Problem = "";
        incomplete.PolicyArea = "astrology";
        var unknown = Scenario.Question("ZZ");

        var refused = await Assert.ThrowsAsync<InputException>(() => Portal.SendAsync(incomplete, people.Participant));
        var noMember = await Assert.ThrowsAsync<InputException>(() => Portal.SendAsync(unknown, people.Participant));

        Assert.Equal(["PolicyArea", "Problem"], refused.Errors.Keys.Order());
        Assert.Equal(["MemberCode"], noMember.Errors.Keys);
        Assert.Equal(0, await Portal.WithDbAsync(db => db.Submissions.CountAsync()));
    }
}
