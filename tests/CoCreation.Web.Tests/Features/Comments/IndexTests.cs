using System.Text.Json;
using CoCreation.Domain.Comments;
using CoCreation.Web.Features.Comments;

namespace CoCreation.Web.Tests.Features.Comments;

public sealed class IndexTests(WebFixture portal) : PortalTest(portal)
{
    [Fact]
    public async Task Open_data_and_the_api_list_published_comments_with_parent_role_and_language_and_never_removed_or_hidden_ones()
    {
        var s = await CommentScenario.CreateAsync(Portal);
        var comment = (await Portal.SendAsync(CommentScenario.On(s.Proposal, "¿Quién publica?"), s.Bruno))!.Value;
        var reply = (
            await Portal.SendAsync(CommentScenario.ReplyTo(comment, "La Oficina de Contrataciones.", "es"), s.People.ArgentinaOfficial)
        )!.Value;
        var removed = (await Portal.SendAsync(CommentScenario.On(s.Proposal, "Spam spam"), s.Chloe))!.Value;
        await Portal.SendAsync(new Moderate.Command(removed, Moderate.Decision.Remove, Reason: "Spam."), s.People.Support);
        var held = (await Portal.SendAsync(CommentScenario.On(s.Proposal, "Hidden soon"), s.Dario))!.Value;
        foreach (var reader in new[] { s.Bruno, s.Chloe, s.People.Participant })
        {
            await Portal.SendAsync(Scenario.ReportComment(held, ReportReason.Offensive, null), reader);
        }

        var listed = await Portal.QueryAsync(new Web.Features.Comments.Index.Query { Submission = s.Proposal });
        using var visitor = Portal.CreateClient();
        using var api = JsonDocument.Parse(await visitor.Http.GetStringAsync($"/api/v1/comments?submission={s.Proposal}"));
        var csv = await visitor.Http.GetStringAsync("/open-data/comments.csv");

        Assert.Equal([comment, reply], listed.Items.Select(i => i.Id));
        var answer = api.RootElement.GetProperty("items")[1];
        Assert.Equal(comment, answer.GetProperty("parentId").GetInt64());
        Assert.Equal("Official", answer.GetProperty("role").GetString());
        Assert.Equal("es", answer.GetProperty("language").GetString());
        Assert.Equal($"/submissions/{s.Proposal}#comment-{reply}", answer.GetProperty("url").GetString());
        Assert.DoesNotContain("Spam spam", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("Hidden soon", csv, StringComparison.Ordinal);
        Assert.Contains("La Oficina de Contrataciones.", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_data_and_the_api_leave_out_the_comments_under_a_submission_withdrawn_after_them()
    {
        var s = await CommentScenario.CreateAsync(Portal);
        await Portal.SendAsync(CommentScenario.On(s.Proposal, "Bajo una propuesta retirada"), s.Bruno);
        var other = await Scenario.PublishedAsync(Portal, s.People, Scenario.Proposal("CO"));
        await Portal.SendAsync(CommentScenario.On(other, "Bajo una propuesta publicada"), s.Bruno);

        await Portal.SendAsync(new Web.Features.Submissions.Withdraw.Command(s.Proposal), s.People.Participant);

        using var visitor = Portal.CreateClient();
        var csv = await visitor.Http.GetStringAsync("/open-data/comments.csv");
        var json = await visitor.Http.GetStringAsync("/open-data/comments.json");
        using var api = JsonDocument.Parse(await visitor.Http.GetStringAsync("/api/v1/comments"));
        Assert.DoesNotContain("Bajo una propuesta retirada", csv, StringComparison.Ordinal);
        Assert.Contains("Bajo una propuesta publicada", csv, StringComparison.Ordinal);
        Assert.Equal(
            [other],
            JsonDocument.Parse(json).RootElement.EnumerateArray().Select(c => c.GetProperty("targetId").GetInt64()).Distinct()
        );
        Assert.Equal([other], api.RootElement.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("targetId").GetInt64()));
    }
}
