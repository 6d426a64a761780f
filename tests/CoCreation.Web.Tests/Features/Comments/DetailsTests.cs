using CoCreation.Domain.Comments;
using CoCreation.Web.Features.Comments;
using CoCreation.Web.Tests.Pages;

namespace CoCreation.Web.Tests.Features.Comments;

public sealed class DetailsTests(WebFixture portal) : PortalTest(portal)
{
    [Fact]
    public async Task A_comment_with_its_page_and_whether_the_reader_reported_it_costs_one_database_command()
    {
        var s = await CommentScenario.CreateAsync(Portal);
        var id = (await Portal.SendAsync(CommentScenario.On(s.Proposal), s.Bruno))!.Value;
        await Portal.SendAsync(Scenario.ReportComment(id, ReportReason.Spam, null), s.Chloe);

        Details.Model? seen = null;
        var commands = await DbCommands.CountAsync(Portal, async () => seen = await Portal.SendAsUserAsync(new Details.Query(id), s.Chloe));

        Assert.Equal(1, commands);
        Assert.Equal($"/submissions/{s.Proposal}#comment-{id}", seen!.Link);
        Assert.Equal((true, false, false), (seen.Reported, seen.CanReport, seen.Mine));
    }

    [Fact]
    public async Task Nobody_reads_a_comment_whose_submission_the_public_no_longer_reads()
    {
        var s = await CommentScenario.CreateAsync(Portal);
        var id = (await Portal.SendAsync(CommentScenario.On(s.Proposal), s.Bruno))!.Value;
        await Portal.WithDbAsync(db =>
            db.Submissions.Where(x => x.Id == s.Proposal)
                .ExecuteUpdateAsync(x => x.SetProperty(p => p.Status, Domain.Submissions.SubmissionStatus.Withdrawn))
        );

        Assert.Null(await Portal.SendAsUserAsync(new Details.Query(id), s.Bruno));
    }
}
