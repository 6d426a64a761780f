using CoCreation.Domain.Submissions;
using CoCreation.Web.Features.Comments;

namespace CoCreation.Web.Tests.Features.Comments;

public sealed class CommentEmailsTests(WebFixture portal) : PortalTest(portal)
{
    [Fact]
    public async Task The_submissions_author_hears_of_a_comment_and_the_comments_author_of_a_reply_once_each_in_their_language()
    {
        var s = await CommentScenario.CreateAsync(Portal);
        await Portal.WithDbAsync(db =>
            db.Users.Where(u => u.Email == "bruno@example.org").ExecuteUpdateAsync(u => u.SetProperty(x => x.PreferredLanguage, "fr"))
        );
        await ForgetSentMailAsync();

        var comment = (await Portal.SendAsync(CommentScenario.On(s.Proposal, "Et les avenants ?", "fr"), s.Bruno))!.Value;
        var toAna = await Portal.Smtp.WaitForAsync("ana@example.org", m =>
            m.Subject?.StartsWith("New comment", StringComparison.Ordinal) == true
        );
        await Portal.SendAsync(CommentScenario.ReplyTo(comment, "Sí, también los modificatorios.", "es"), s.People.Participant);
        var toBruno = await Portal.Smtp.WaitForAsync("bruno@example.org", m =>
            m.Subject?.StartsWith("Nouvelle", StringComparison.Ordinal) == true
        );

        Assert.Equal("New comment: Publicar todos los contratos públicos", toAna.Subject);
        Assert.Contains($"/submissions/{s.Proposal}#comment-{comment}", toAna.TextBody, StringComparison.Ordinal);
        Assert.Equal("Nouvelle réponse\u00a0: Publicar todos los contratos públicos", toBruno.Subject);
        Assert.Contains("Sí, también los modificatorios.", toBruno.TextBody, StringComparison.Ordinal);
        var recipients = await Portal.WithDbAsync(db => db.OutboxMessages.Select(m => m.To).ToListAsync());
        Assert.Equal(["ana@example.org", "bruno@example.org"], recipients.Order());
    }

    [Fact]
    public async Task The_officials_hear_when_the_author_replies_after_their_answer()
    {
        var s = await CommentScenario.CreateAsync(Portal);
        var proposal = await AnsweredProposalAsync(s);
        var answer = (
            await Portal.SendAsync(CommentScenario.On(proposal, "Respuesta oficial: lo revisaremos."), s.People.ArgentinaOfficial)
        )!.Value;
        await ForgetSentMailAsync();

        await Portal.SendAsync(CommentScenario.ReplyTo(answer, "¿Y en el próximo ciclo?", "es"), s.People.Participant);

        var toOfficial = await Portal.Smtp.WaitForAsync("official.ar@example.org", m =>
            m.Subject?.StartsWith("The author", StringComparison.Ordinal) == true
        );
        Assert.Equal("The author replied to your answer: Publicar todos los contratos públicos", toOfficial.Subject);
        Assert.Equal(["official.ar@example.org"], await Portal.WithDbAsync(db => db.OutboxMessages.Select(m => m.To).ToListAsync()));
    }

    [Fact]
    public async Task Every_official_of_the_member_hears_once_in_their_own_language_when_the_author_speaks_after_the_answer()
    {
        var s = await CommentScenario.CreateAsync(Portal);
        var proposal = await AnsweredProposalAsync(s);
        var (second, _) = await Portal.CreateUserAsync(
            "official2.ar@example.org",
            roles: Web.Infrastructure.Identity.Roles.GovernmentOfficial
        );
        await Portal.WithDbAsync(async db =>
        {
            var argentina = await db.Members.Where(m => m.Code == "AR").Select(m => m.Id).SingleAsync();
            db.OfficialAssignments.Add(new Domain.Members.OfficialAssignment(second.Id, argentina, DateTimeOffset.UtcNow));
            await db.Users.Where(u => u.Id == second.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.PreferredLanguage, "fr"));
            return await db.SaveChangesAsync();
        });
        await ForgetSentMailAsync();

        await Portal.SendAsync(CommentScenario.On(proposal, "¿Y en el próximo ciclo?"), s.People.Participant);

        var toSecond = await Portal.Smtp.WaitForAsync("official2.ar@example.org", _ => true);
        await Portal.Smtp.WaitForAsync("official.ar@example.org", _ => true);
        Assert.Equal("L’auteur a réagi à votre réponse\u00a0: Publicar todos los contratos públicos", toSecond.Subject);
        var recipients = await Portal.WithDbAsync(db => db.OutboxMessages.Select(m => m.To).ToListAsync());
        Assert.Equal(["official.ar@example.org", "official2.ar@example.org"], recipients.Order());
    }

    /// <summary>A second proposal of Ana, forwarded to Argentina's officials, and the answer of one of them.</summary>
    private async Task<long> AnsweredProposalAsync(CommentScenario s)
    {
        var proposal = await Scenario.ForwardedAsync(Portal, s.People, Scenario.Proposal());
        await Portal.SendAsync(
            Scenario.Answer(proposal, AnswerOutcome.NotIncluded, "No hay presupuesto este ciclo."),
            s.People.ArgentinaOfficial
        );
        return proposal;
    }

    /// <summary>What the scenario sent so far is out of the way: only this test's emails are counted.</summary>
    private async Task ForgetSentMailAsync()
    {
        await Eventually.UntilAsync(
            () => Portal.WithDbAsync(db => db.OutboxMessages.AllAsync(m => m.SentAt != null)),
            TimeSpan.FromSeconds(20),
            "the scenario's emails sent"
        );
        await Portal.WithDbAsync(db => db.OutboxMessages.ExecuteDeleteAsync());
        Portal.Smtp.Clear();
    }
}
