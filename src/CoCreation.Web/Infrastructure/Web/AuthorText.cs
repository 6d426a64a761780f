namespace CoCreation.Web.Infrastructure.Web;

/// <summary>
/// How the author of a submission or a comment is shown, on pages and in emails: their name, or "a former participant"
/// once they deleted their account.
/// </summary>
public static class AuthorText
{
    public static string Show(IStringLocalizer text, string authorName) =>
        authorName.Length > 0 ? authorName : text["Submission.FormerParticipant"];
}
