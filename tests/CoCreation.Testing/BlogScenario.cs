using System.Security.Claims;
using CoCreation.Domain.Blog;
using CoCreation.Web.Features.Blog;
using CoCreation.Web.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace CoCreation.Testing;

/// <summary>An author and a support-unit reviewer, a post written by the author, and a post already published.</summary>
public static class BlogScenario
{
    /// <summary>Marta writes; her account speaks <paramref name="authorLanguage"/>, the language of every email to her.</summary>
    public static async Task<(ClaimsPrincipal Author, ClaimsPrincipal Reviewer)> PeopleAsync(
        PortalFixture portal,
        string authorLanguage = "es"
    )
    {
        var (marta, author) = await portal.CreateUserAsync("marta@example.org");
        await portal.WithDbAsync(db =>
            db.Users.Where(u => u.Id == marta.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.PreferredLanguage, authorLanguage))
        );
        var (_, reviewer) = await portal.CreateUserAsync("support@example.org", TestAccounts.Password, Roles.SupportUnit);
        return (author, reviewer);
    }

    /// <summary>Stores a post by <paramref name="authorId"/> that is already published, and returns its id.</summary>
    public static Task<long> PublishedPostAsync(PortalFixture portal, Guid authorId, string authorName, BlogPostContent content) =>
        portal.WithDbAsync(async db =>
        {
            var post = BlogPost.Draft(authorId, authorName, null, content, DateTimeOffset.UtcNow);
            post.Submit(authorId, DateTimeOffset.UtcNow);
            post.Publish(authorId, DateTimeOffset.UtcNow);
            db.BlogPosts.Add(post);
            await db.SaveChangesAsync();
            return post.Id;
        });

    public static Write.Command Post(string language = "es", bool submit = true, string body = "Escuchamos a **todos**.") =>
        new()
        {
            Title = "Co-creación en Costa Rica",
            Summary = "Lo que aprendimos.",
            Body = body,
            Language = language,
            PolicyAreas = ["open-contracting"],
            SubmitForReview = submit,
        };
}
