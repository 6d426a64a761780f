using CoCreation.Domain.Comments;
using CoCreation.Web.Features.Comments;

namespace CoCreation.Web.Tests.Features.Comments;

public sealed class ModerateTests(WebFixture portal) : PortalTest(portal)
{
    [Fact]
    public async Task An_edit_by_the_support_unit_keeps_the_original_in_the_comment_and_the_audit_trail()
    {
        var s = await CommentScenario.CreateAsync(Portal);
        var id = (await Portal.SendAsync(CommentScenario.On(s.Proposal, "Llámenme al +54 11 5555 1234"), s.Bruno))!.Value;

        await Portal.SendAsync(new Moderate.Command(id, Moderate.Decision.Edit, Text: "Llámenme [número retirado]"), s.People.Support);

        var stored = await Portal.WithDbAsync(db => db.Comments.AsNoTracking().SingleAsync());
        Assert.Equal(("Llámenme [número retirado]", "Llámenme al +54 11 5555 1234"), (stored.Text, stored.OriginalText));
        var shown = Assert.Single((await CommentScenario.ThreadAsync(Portal, s.Proposal)).Comments);
        Assert.True(shown.Edited);
        var audit = await Portal.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Action == "comment.edit"));
        Assert.Contains("+54 11 5555 1234", audit.Before, StringComparison.Ordinal);
        Assert.Equal(id.ToString(System.Globalization.CultureInfo.InvariantCulture), audit.EntityId);
    }

    [Fact]
    public async Task A_removed_comment_leaves_a_placeholder_and_its_author_alone_reads_why()
    {
        var s = await CommentScenario.CreateAsync(Portal);
        var id = (await Portal.SendAsync(CommentScenario.On(s.Proposal, "Off topic rant"), s.Bruno))!.Value;

        await Portal.SendAsync(
            new Moderate.Command(id, Moderate.Decision.Remove, Reason: "Sin relación con la propuesta."),
            s.People.Support
        );

        var seenByOthers = Assert.Single((await CommentScenario.ThreadAsync(Portal, s.Proposal, s.Chloe)).Comments);
        var seenByAuthor = Assert.Single((await CommentScenario.ThreadAsync(Portal, s.Proposal, s.Bruno)).Comments);
        Assert.Equal((CommentStatus.Removed, null, null), (seenByOthers.Status, seenByOthers.Text, seenByOthers.RemovalReason));
        Assert.Equal("Sin relación con la propuesta.", seenByAuthor.RemovalReason);
        Assert.False(seenByAuthor.CanEdit || seenByAuthor.CanDelete);
        Assert.Equal(1, await Portal.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "comment.remove")));
    }

    [Fact]
    public async Task Only_the_support_unit_moderates_officials_and_participants_are_refused()
    {
        var s = await CommentScenario.CreateAsync(Portal);
        var id = (await Portal.SendAsync(CommentScenario.On(s.Proposal), s.Bruno))!.Value;

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() =>
            Portal.SendAsync(new Moderate.Command(id, Moderate.Decision.Remove, Reason: "x"), s.People.ArgentinaOfficial)
        );
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() =>
            Portal.SendAsync(new Moderate.Command(id, Moderate.Decision.Restore), s.Chloe)
        );
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Portal.SendAsUserAsync(new Queue.Query(), s.People.ArgentinaOfficial));

        Assert.Equal(CommentStatus.Published, await Portal.WithDbAsync(db => db.Comments.Select(c => c.Status).SingleAsync()));
    }
}
