using CoCreation.Domain.Common;
using CoCreation.Domain.Submissions;
using CoCreation.Web.Features.Moderation;

namespace CoCreation.Web.Tests.Features.Moderation;

public sealed class DecideTests(WebFixture portal) : PortalTest(portal)
{
    [Fact]
    public async Task Publishing_makes_it_public_and_rejecting_tells_the_author_why()
    {
        var people = await Scenario.CreateAsync(Portal);
        var published = (await Portal.SendAsync(Scenario.Proposal(), people.Participant))!.Value;
        var rejected = (await Portal.SendAsync(Scenario.Question(), people.Participant))!.Value;

        await Portal.SendAsync(new Decide.Command([published], Decide.Decision.Publish), people.Support);
        await Portal.SendAsync(
            new Decide.Command([rejected], Decide.Decision.Reject, "Please ask this on the member's page instead."),
            people.Support
        );

        var list = await Portal.QueryAsync(new Web.Features.Submissions.Index.Query());
        Assert.Equal([published], list.Items.Select(i => i.Id));
        var mail = await Portal.Smtp.WaitForAsync("ana@example.org", m =>
            m.TextBody!.Contains("ask this on the member", StringComparison.Ordinal)
        );
        Assert.Contains("/submissions/" + rejected, mail.TextBody, StringComparison.Ordinal);
        var actions = await Portal.WithDbAsync(db =>
            db.AuditEntries.Where(a => a.EntityType == "Submission")
                .OrderBy(a => a.Id)
                .Select(a => a.Action + " " + a.EntityId)
                .ToListAsync()
        );
        Assert.Equal([$"submission.publish {published}", $"submission.reject {rejected}"], actions);
    }

    [Fact]
    public async Task Spam_hides_it_and_holds_the_authors_next_submissions()
    {
        var people = await Scenario.CreateAsync(Portal);
        var first = (await Portal.SendAsync(Scenario.Question(), people.Participant))!.Value;

        await Portal.SendAsync(new Decide.Command([first], Decide.Decision.Spam), people.Support);
        var second = (await Portal.SendAsync(Scenario.Question(), people.Participant))!.Value;

        var pending = await Portal.SendAsUserAsync(new Web.Features.Moderation.Index.Query(), people.Support);
        var held = await Portal.SendAsUserAsync(
            new Web.Features.Moderation.Index.Query { Stage = Web.Features.Moderation.Index.Stage.Held },
            people.Support
        );
        Assert.Empty(pending.Items);
        Assert.Equal([second], held.Items.Select(i => i.Id));
        Assert.True(
            await Portal.WithDbAsync(db => db.Users.Where(u => u.Email == "ana@example.org").Select(u => u.IsSpamFlagged).SingleAsync())
        );
    }

    [Fact]
    public async Task A_selection_is_decided_together_or_not_at_all()
    {
        var people = await Scenario.CreateAsync(Portal);
        var ids = new List<long>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add((await Portal.SendAsync(Scenario.Question(), people.Participant))!.Value);
        }

        Assert.Equal(3, (await Portal.SendAsync(new Decide.Command(ids, Decide.Decision.Publish), people.Support)).Count);
        var fourth = (await Portal.SendAsync(Scenario.Question(), people.Participant))!.Value;

        // The three are published already: forwarding them with a pending one fails as a whole.
        var refused = await Assert.ThrowsAsync<DomainException>(() =>
            Portal.SendAsync(new Decide.Command([.. ids, fourth], Decide.Decision.Forward), people.Support)
        );
        Assert.Equal("Domain.Submission.IllegalMove", refused.Code);
        Assert.Equal(0, await Portal.WithDbAsync(db => db.Submissions.CountAsync(s => s.Status == SubmissionStatus.Forwarded)));

        Assert.Equal(3, (await Portal.SendAsync(new Decide.Command(ids, Decide.Decision.Forward), people.Support)).Count);
        var digest = await Portal.Smtp.WaitForAsync("official.ar@example.org");
        Assert.All(ids, id => Assert.Contains("/answers/" + id, digest.TextBody, StringComparison.Ordinal));
        Assert.Equal(1, await Portal.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.To == "official.ar@example.org")));
        var queue = await Portal.SendAsUserAsync(new Web.Features.Moderation.Index.Query(), people.Support);
        Assert.Equal([fourth], queue.Items.Select(i => i.Id));
        Assert.Equal(("AR", 1), (queue.PerMember.Single().Code, queue.PerMember.Single().Count));
    }

    [Fact]
    public async Task A_light_edit_keeps_the_authors_first_version_and_is_audited()
    {
        var people = await Scenario.CreateAsync(Portal);
        var id = (await Portal.SendAsync(Scenario.Question(), people.Participant))!.Value;
        var form = (await Portal.SendAsUserAsync(new Edit.Query(id), people.Support))!;

        await Portal.SendAsync(
            form with
            {
                Body = "Where is the calendar of the workshops published? (phone number removed)",
            },
            people.Support
        );

        var stored = await Portal.WithDbAsync(db => db.Submissions.SingleAsync());
        Assert.Contains("phone number removed", stored.Body, StringComparison.Ordinal);
        Assert.Contains(
            "Where is the calendar of the workshops with civil society published?",
            stored.OriginalText,
            StringComparison.Ordinal
        );
        Assert.Equal(
            "submission.edited",
            await Portal.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityType == "Submission").Select(a => a.Action).SingleAsync())
        );
    }
}
