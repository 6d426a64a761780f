using System.Security.Claims;
using CoCreation.Testing;
using CoCreation.Web.Features.Blog;
using CoCreation.Web.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace CoCreation.Web.Tests.Features.Blog;

/// <summary>An author and a support-unit reviewer, and a post written by the author.</summary>
internal static class BlogScenario
{
    /// <summary>Marta writes; her account speaks <paramref name="authorLanguage"/>, the language of every email to her.</summary>
    public static async Task<(ClaimsPrincipal Author, ClaimsPrincipal Reviewer)> PeopleAsync(
        WebFixture portal,
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
