using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using CoCreation.Domain.Comments;
using CoCreation.Testing;
using CoCreation.Web.Tests.Features.Comments;
using Microsoft.EntityFrameworkCore;

namespace CoCreation.Web.Tests.Pages;

public sealed class CommentPagesTests(WebFixture portal) : PortalTest(portal)
{
    [Fact]
    public async Task A_comment_sent_with_the_form_shows_as_plain_text_in_its_language_with_its_links_clickable()
    {
        var s = await CommentScenario.CreateAsync(Portal);
        using var browser = await Portal.SignedInClientAsync("bruno@example.org");
        var page = await browser.GetAsync($"/submissions/{s.Proposal}");

        var shown = await browser.SubmitAsync(
            page,
            "form[action*=Comment]",
            new Dictionary<string, string>
            {
                ["Comment.Text"] = "Voir https://example.org/contrats. <b>Merci</b> <img src=x onerror=alert(1)>",
                ["Comment.Language"] = "fr",
            }
        );

        var id = await Portal.WithDbAsync(db => db.Comments.Select(c => c.Id).SingleAsync());
        var article = shown.QuerySelector($"article#comment-{id}")!;
        var text = article.QuerySelector("p[lang=fr]")!;
        Assert.Equal("https://example.org/contrats", text.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("nofollow", text.QuerySelector("a")!.GetAttribute("rel"), StringComparison.Ordinal);
        Assert.Null(text.QuerySelector("b, img"));
        Assert.Contains("<b>Merci</b>", text.TextContent, StringComparison.Ordinal);
        Assert.Equal("bruno", article.QuerySelector("strong")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_refused_comment_keeps_its_words_with_the_reason_in_french_and_nothing_is_stored()
    {
        var s = await CommentScenario.CreateAsync(Portal);
        using var browser = await Portal.SignedInClientAsync("bruno@example.org");
        await browser.GetAsync("/language/fr?returnUrl=/");
        var page = await browser.GetAsync($"/submissions/{s.Proposal}");
        var words = new string('a', Domain.Comments.Comment.TextMax + 1);

        var refused = await browser.SubmitAsync(
            page,
            "form[action*=Comment]",
            new Dictionary<string, string> { ["Comment.Text"] = words, ["Comment.Language"] = "fr" }
        );

        Assert.Equal(HttpStatusCode.OK, browser.Status);
        Assert.Equal(words, refused.QuerySelector<IHtmlTextAreaElement>("#Comment_Text")!.Value);
        Assert.Equal("Utilisez au maximum 2000 caractères.", refused.QuerySelector("#Comment_Text-error")!.TextContent.Trim());
        Assert.Equal("fr", refused.DocumentElement.GetAttribute("lang"));
        Assert.Equal(0, await Portal.WithDbAsync(db => db.Comments.CountAsync()));
    }

    [Fact]
    public async Task The_official_replies_on_the_reply_page_with_the_mark_of_their_member()
    {
        var s = await CommentScenario.CreateAsync(Portal);
        var id = (await Portal.SendAsync(CommentScenario.On(s.Proposal), s.Bruno))!.Value;
        using var official = await Portal.SignedInClientAsync("official.ar@example.org");
        var form = await official.GetAsync($"/comments/{id}/reply");

        var thread = await official.SubmitAsync(
            form,
            "main form",
            new Dictionary<string, string> { ["Data.Text"] = "La Secretaría publicará un calendario.", ["Data.Language"] = "es" }
        );

        var reply = thread.QuerySelector($"article#comment-{id} article")!;
        Assert.Contains("Official of Argentina", reply.QuerySelector(".badge")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("es", reply.QuerySelector("p[lang]")!.GetAttribute("lang"));
    }

    [Fact]
    public async Task Others_cannot_open_the_edit_or_delete_page_of_a_comment_and_visitors_are_sent_to_sign_in()
    {
        var s = await CommentScenario.CreateAsync(Portal);
        var id = (await Portal.SendAsync(CommentScenario.On(s.Proposal), s.Bruno))!.Value;
        using var other = await Portal.SignedInClientAsync("chloe@example.org", followRedirects: false);
        using var visitor = Portal.CreateClient(followRedirects: false);

        using var edit = await other.Http.GetAsync($"/comments/{id}/edit");
        using var delete = await other.Http.PostAsync($"/comments/{id}/delete", null);
        using var report = await visitor.Http.GetAsync($"/comments/{id}/report");

        Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, delete.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, report.StatusCode);
        Assert.Contains("sign-in", report.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(CommentStatus.Published, await Portal.WithDbAsync(db => db.Comments.Select(c => c.Status).SingleAsync()));
    }

    [Fact]
    public async Task The_support_unit_restores_a_hidden_comment_from_its_queue()
    {
        var s = await CommentScenario.CreateAsync(Portal);
        var id = (await Portal.SendAsync(CommentScenario.On(s.Proposal, "Texto denunciado"), s.Bruno))!.Value;
        foreach (var reader in new[] { s.Chloe, s.Dario, s.People.Participant })
        {
            await Portal.SendAsync(new Web.Features.Comments.Report.Command(id, ReportReason.Offensive, null), reader);
        }

        using var support = await Portal.SignedInClientAsync("support@example.org");
        var queue = await support.GetAsync("/moderation/comments");
        Assert.Equal(3, queue.QuerySelectorAll($"article#comment-{id} li").Length);

        var after = await support.SubmitAsync(queue, $"article#comment-{id} form", new Dictionary<string, string>());

        Assert.NotNull(after.QuerySelector("[role=status]"));
        Assert.Null(after.QuerySelector($"article#comment-{id}"));
        var visitor = Portal.CreateClient();
        Assert.NotNull((await visitor.GetAsync($"/submissions/{s.Proposal}")).QuerySelector($"article#comment-{id}"));
    }
}
