using System.Security.Claims;
using CoCreation.Testing;
using CoCreation.Web.Features.Blog;
using CoCreation.Web.Infrastructure.Identity;

namespace CoCreation.Web.Tests.Features.Blog;

/// <summary>An author and a support-unit reviewer, and a post written by the author.</summary>
internal static class BlogScenario
{
    public static async Task<(ClaimsPrincipal Author, ClaimsPrincipal Reviewer)> PeopleAsync(WebFixture portal)
    {
        var (_, author) = await portal.CreateUserAsync("marta@example.org");
        var (_, reviewer) = await portal.CreateUserAsync("support@example.org", TestAccounts.Password, Roles.SupportUnit);
        return (author, reviewer);
    }

    public static Write.Command Post(string language = "es", bool submit = true, string body = "Escuchamos a **todos**.") => new()
    {
        Title = "Co-creación en Costa Rica",
        Summary = "Lo que aprendimos.",
        Body = body,
        Language = language,
        PolicyAreas = ["open-contracting"],
        SubmitForReview = submit,
    };
}
