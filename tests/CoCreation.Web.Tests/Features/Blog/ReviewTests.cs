using CoCreation.Domain.Blog;
using CoCreation.Domain.Common;
using CoCreation.Web.Features.Blog;

namespace CoCreation.Web.Tests.Features.Blog;

public sealed class ReviewTests(WebFixture portal) : PortalTest(portal)
{
    [Fact]
    public async Task A_post_goes_through_changes_asked_edited_resubmitted_and_published_its_author_emailed_in_their_language_at_each_step()
    {
        var (author, reviewer) = await BlogScenario.PeopleAsync(Portal);
        var id = await Portal.SendAsync(BlogScenario.Post(), author);

        Assert.Null(await Portal.QueryAsync(new Details.Query(id)));
        Assert.Empty((await Portal.QueryAsync(new Web.Features.Blog.Index.Query())).Items);
        Assert.Single(await Portal.SendAsUserAsync(new ReviewQueue.Query(), reviewer));

        Assert.True(
            await Portal.SendAsync(new Review.Command(id, Review.Decision.RequestChanges, "Añada un enlace al plan de acción."), reviewer)
        );
        var edit = (await Portal.SendAsUserAsync(new Edit.Query(id), author))!;
        Assert.Equal(BlogPostStatus.ChangesRequested, edit.Status);
        Assert.True(
            await Portal.SendAsync(
                edit.Fields with
                {
                    Body = "Ver [el plan](https://www.opengovpartnership.org/).",
                    SubmitForReview = true,
                },
                author
            )
        );
        Assert.True(await Portal.SendAsync(new Review.Command(id, Review.Decision.Publish, null), reviewer));

        var published = (await Portal.QueryAsync(new Details.Query(id)))!;
        Assert.Equal(BlogPostStatus.Published, published.Post.Status);
        Assert.Contains("href=\"https://www.opengovpartnership.org/\"", published.BodyHtml, StringComparison.Ordinal);
        Assert.Equal(
            [id],
            (await Portal.QueryAsync(new Web.Features.Blog.Index.Query { Language = "es", Area = "open-contracting" })).Items.Select(p =>
                p.Id
            )
        );
        Assert.Empty((await Portal.QueryAsync(new Web.Features.Blog.Index.Query { Language = "fr" })).Items);

        var mails = await Portal.WithDbAsync(db =>
            db.OutboxMessages.Where(m => m.To == "marta@example.org").OrderBy(m => m.Id).ToListAsync()
        );
        Assert.Equal(4, mails.Count);
        Assert.StartsWith("Hemos recibido su entrada", mails[0].Subject, StringComparison.Ordinal);
        Assert.StartsWith("Cambios pedidos", mails[1].Subject, StringComparison.Ordinal);
        Assert.Contains("Añada un enlace al plan de acción.", mails[1].TextBody, StringComparison.Ordinal);
        Assert.Contains($"/blog/{id}/edit", mails[1].TextBody, StringComparison.Ordinal);
        Assert.StartsWith("Hemos recibido su entrada", mails[2].Subject, StringComparison.Ordinal);
        Assert.EndsWith("está publicada", mails[3].Subject, StringComparison.Ordinal);
        Assert.Equal(1, await Portal.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "blog.publish")));
    }

    [Fact]
    public async Task A_declined_post_keeps_its_reason_the_author_is_told_in_their_language_and_no_further_move_is_possible()
    {
        var (author, reviewer) = await BlogScenario.PeopleAsync(Portal, authorLanguage: "es");
        var id = await Portal.SendAsync(BlogScenario.Post(language: "fr"), author);

        var noReason = await Assert.ThrowsAsync<Web.Infrastructure.Mediator.InputException>(() =>
            Portal.SendAsync(new Review.Command(id, Review.Decision.Decline, " "), reviewer)
        );
        Assert.Equal(["Comment"], noReason.Errors.Keys);
        Assert.True(await Portal.SendAsync(new Review.Command(id, Review.Decision.Decline, "Autopromotion."), reviewer));

        var again = await Assert.ThrowsAsync<DomainException>(() =>
            Portal.SendAsync(new Review.Command(id, Review.Decision.Publish, null), reviewer)
        );
        Assert.Equal("Domain.BlogPost.IllegalMove", again.Code);
        var edit = (await Portal.SendAsUserAsync(new Edit.Query(id), author))!;
        Assert.Equal(
            "Domain.BlogPost.IllegalMove",
            (await Assert.ThrowsAsync<DomainException>(() => Portal.SendAsync(edit.Fields with { SubmitForReview = true }, author))).Code
        );

        var declined = await Portal.WithDbAsync(db => db.OutboxMessages.OrderBy(m => m.Id).LastAsync(m => m.To == "marta@example.org"));
        // The post is French; Marta's account speaks Spanish, and so does the email.
        Assert.Equal("Su entrada «Co-creación en Costa Rica» no se publicará", declined.Subject);
        Assert.Contains("Autopromotion.", declined.TextBody, StringComparison.Ordinal);
        Assert.Equal(BlogPostStatus.Declined, (await Portal.WithDbAsync(db => db.BlogPosts.SingleAsync())).Status);
    }

    [Fact]
    public async Task Only_the_support_unit_reviews_and_only_the_author_edits()
    {
        var (author, _) = await BlogScenario.PeopleAsync(Portal);
        var (_, stranger) = await Portal.CreateUserAsync("other@example.org");
        var id = await Portal.SendAsync(BlogScenario.Post(submit: false), author);

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() =>
            Portal.SendAsync(new Review.Command(id, Review.Decision.Publish, null), author)
        );
        Assert.Null(await Portal.SendAsUserAsync(new Edit.Query(id), stranger));
        Assert.False(
            await Portal.SendAsync(
                new Edit.Command
                {
                    Id = id,
                    Title = "Mine now",
                    Summary = "x",
                    Body = "y",
                    Language = "en",
                },
                stranger
            )
        );
        Assert.Equal("Co-creación en Costa Rica", (await Portal.WithDbAsync(db => db.BlogPosts.SingleAsync())).Title);
        Assert.Equal(0, await Portal.WithDbAsync(db => db.OutboxMessages.CountAsync()));
    }
}
