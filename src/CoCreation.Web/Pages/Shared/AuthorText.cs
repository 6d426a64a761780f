using Microsoft.Extensions.Localization;

namespace CoCreation.Web.Pages.Shared;

/// <summary>How a submission's author is shown: their name, or "a former participant" once they deleted their account.</summary>
public static class AuthorText
{
    public static string Show(IStringLocalizer text, string authorName) =>
        authorName.Length > 0 ? authorName : text["Submission.FormerParticipant"];
}
