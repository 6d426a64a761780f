using CoCreation.Domain.Comments;
using CoCreation.Domain.Common;
using CoCreation.Web.Features.Comments;
using Microsoft.Extensions.Time.Testing;

namespace CoCreation.Web.Tests.Features.Comments;

public sealed class EditTests(WebFixture portal) : PortalTest(portal)
{
    [Fact]
    public async Task Its_author_edits_within_the_window_and_edited_is_shown_then_the_window_closes()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var timed = Portal.WithClock(clock);
        var s = await CommentScenario.CreateAsync(Portal);
        var id = (await timed.SendAsync(CommentScenario.On(s.Proposal, "Primer borador"), s.Bruno))!.Value;

        clock.Advance(TimeSpan.FromMinutes(14));
        var link = await timed.SendAsync(new Edit.Command(id, "Primer borrador", "es"), s.Bruno);
        clock.Advance(TimeSpan.FromMinutes(2));
        var late = await Assert.ThrowsAsync<DomainException>(() => timed.SendAsync(new Edit.Command(id, "Otra vez", "es"), s.Bruno));

        Assert.Equal($"/submissions/{s.Proposal}#comment-{id}", link);
        Assert.Equal("Domain.Comment.EditWindowClosed", late.Code);
        var shown = Assert.Single((await CommentScenario.ThreadAsync(Portal, s.Proposal)).Comments);
        Assert.Equal(("Primer borrador", true), (shown.Text, shown.Edited));
    }

    [Fact]
    public async Task Nobody_edits_or_deletes_someone_elses_comment_not_even_an_official()
    {
        var s = await CommentScenario.CreateAsync(Portal);
        var id = (await Portal.SendAsync(CommentScenario.On(s.Proposal), s.Bruno))!.Value;

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Portal.SendAsync(new Edit.Command(id, "Mine now", "en"), s.Chloe));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() =>
            Portal.SendAsync(new Edit.Command(id, "Official words", "es"), s.People.ArgentinaOfficial)
        );
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Portal.SendAsync(new Delete.Command(id), s.Chloe));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Portal.SendAsync(new Delete.Command(id)));

        Assert.Equal(CommentStatus.Published, await Portal.WithDbAsync(db => db.Comments.Select(c => c.Status).SingleAsync()));
    }

    [Fact]
    public async Task A_deleted_comment_leaves_a_placeholder_and_its_replies_still_read()
    {
        var s = await CommentScenario.CreateAsync(Portal);
        var id = (await Portal.SendAsync(CommentScenario.On(s.Proposal, "Mi pregunta"), s.Bruno))!.Value;
        await Portal.SendAsync(CommentScenario.ReplyTo(id, "Une réponse"), s.Chloe);

        await Portal.SendAsync(new Delete.Command(id), s.Bruno);

        var shown = Assert.Single((await CommentScenario.ThreadAsync(Portal, s.Proposal)).Comments);
        Assert.Equal((CommentStatus.Deleted, null), (shown.Status, shown.Text));
        Assert.Equal("Une réponse", Assert.Single(shown.Replies).Text);
        Assert.Equal("", await Portal.WithDbAsync(db => db.Comments.Where(c => c.Id == id).Select(c => c.Text).SingleAsync()));
    }
}
