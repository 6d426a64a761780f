using CoCreation.Domain.Comments;
using CoCreation.Domain.Common;
using CoCreation.Web.Features.Comments;
using CoCreation.Web.Infrastructure.Mediator;

namespace CoCreation.Web.Tests.Features.Comments;

public sealed class PostTests(WebFixture portal) : PortalTest(portal)
{
    [Fact]
    public async Task A_comment_on_a_published_proposal_shows_at_once_to_everyone_with_its_language()
    {
        var s = await CommentScenario.CreateAsync(Portal);

        var id = await Portal.SendAsync(CommentScenario.On(s.Proposal, "Je propose d’ajouter les avenants.", "fr"), s.Bruno);

        var thread = await CommentScenario.ThreadAsync(Portal, s.Proposal);
        var comment = Assert.Single(thread.Comments);
        Assert.Equal((id!.Value, "bruno", CommentRole.Participant, "fr"), (comment.Id, comment.AuthorName, comment.Role, comment.Language));
        Assert.Equal("Je propose d’ajouter les avenants.", comment.Text);
        Assert.Equal(1, thread.Count);
    }

    [Fact]
    public async Task The_mark_comes_from_the_role_an_official_only_for_their_own_member_the_support_unit_everywhere()
    {
        var s = await CommentScenario.CreateAsync(Portal);

        await Portal.SendAsync(CommentScenario.On(s.Proposal, "Lo estudiaremos en el foro."), s.People.ArgentinaOfficial);
        await Portal.SendAsync(CommentScenario.On(s.Proposal, "Desde Colombia: buena idea."), s.People.ColombiaOfficial);
        await Portal.SendAsync(CommentScenario.On(s.Proposal, "Gracias a todos.", "es"), s.People.Support);

        var marks = (await CommentScenario.ThreadAsync(Portal, s.Proposal)).Comments.Select(c => (c.Role, c.RoleMember?.En)).ToList();
        Assert.Equal([(CommentRole.Official, "Argentina"), (CommentRole.Participant, null), (CommentRole.SupportUnit, null)], marks);
    }

    [Fact]
    public async Task One_level_of_replies_and_a_reply_to_a_reply_is_refused_with_nothing_stored()
    {
        var s = await CommentScenario.CreateAsync(Portal);
        var comment = (await Portal.SendAsync(CommentScenario.On(s.Proposal), s.Bruno))!.Value;
        var reply = (await Portal.SendAsync(CommentScenario.ReplyTo(comment), s.People.Participant))!.Value;

        var refused = await Assert.ThrowsAsync<DomainException>(() => Portal.SendAsync(CommentScenario.ReplyTo(reply), s.Chloe));

        Assert.Equal("Domain.Comment.ReplyToReply", refused.Code);
        var thread = await CommentScenario.ThreadAsync(Portal, s.Proposal);
        Assert.Equal([reply], Assert.Single(thread.Comments).Replies.Select(r => r.Id));
        Assert.Equal(2, await Portal.WithDbAsync(db => db.Comments.CountAsync()));
    }

    [Fact]
    public async Task Nobody_comments_on_a_submission_the_public_cannot_read()
    {
        var s = await CommentScenario.CreateAsync(Portal);
        var pending = (await Portal.SendAsync(CoCreation.Testing.Scenario.Question(), s.People.Participant))!.Value;

        await Assert.ThrowsAsync<InputException>(() => Portal.SendAsync(CommentScenario.On(pending), s.People.Participant));

        Assert.False((await CommentScenario.ThreadAsync(Portal, pending)).Open);
        Assert.Equal(0, await Portal.WithDbAsync(db => db.Comments.CountAsync()));
    }

    [Fact]
    public async Task An_unknown_language_or_empty_words_are_refused_per_field()
    {
        var s = await CommentScenario.CreateAsync(Portal);

        var refused = await Assert.ThrowsAsync<InputException>(() =>
            Portal.SendAsync(CommentScenario.On(s.Proposal, "", "klingon"), s.Bruno)
        );

        Assert.Equal(["Language", "Text"], refused.Errors.Keys.Order());
    }

    [Fact]
    public async Task A_double_click_posts_once_and_a_filled_honeypot_stores_nothing()
    {
        var s = await CommentScenario.CreateAsync(Portal);
        var command = CommentScenario.On(s.Proposal);
        var robot = CommentScenario.On(s.Proposal) with { Website = "http://spam.example" };

        var ids = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Portal.SendAsync(command, s.Bruno)));
        var nothing = await Portal.SendAsync(robot, s.Bruno);

        Assert.Single(ids.Distinct());
        Assert.Null(nothing);
        Assert.Equal(1, await Portal.WithDbAsync(db => db.Comments.CountAsync()));
    }

    [Fact]
    public async Task A_flagged_authors_comment_waits_for_the_support_unit_and_only_they_see_it()
    {
        var s = await CommentScenario.CreateAsync(Portal);
        await Portal.WithDbAsync(db =>
            db.Users.Where(u => u.Email == "bruno@example.org").ExecuteUpdateAsync(u => u.SetProperty(x => x.IsSpamFlagged, true))
        );

        var id = (await Portal.SendAsync(CommentScenario.On(s.Proposal, "Buy cheap watches"), s.Bruno))!.Value;

        Assert.Empty((await CommentScenario.ThreadAsync(Portal, s.Proposal, s.Chloe)).Comments);
        var own = Assert.Single((await CommentScenario.ThreadAsync(Portal, s.Proposal, s.Bruno)).Comments);
        Assert.Equal((CommentStatus.AwaitingReview, "Buy cheap watches"), (own.Status, own.Text));
        var queued = Assert.Single((await Portal.SendAsUserAsync(new Queue.Query(), s.People.Support)).Items);
        Assert.Equal((id, true), (queued.Id, queued.Held));
    }
}
