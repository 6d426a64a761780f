using CoCreation.Web.Infrastructure.Localization;

namespace CoCreation.Web.Infrastructure.Email;

/// <summary>
/// Tells the author of a piece of writing (a submission, a blog post) of a step of its review, through the outbox and
/// in the author's own language: a greeting, the step's sentence naming the title, a note when there is one (a reason,
/// the support unit's comment) and a button. Nothing is sent to an account without an email address.
/// </summary>
public sealed class AuthorEmails(PortalDbContext db, EmailOutbox outbox, IStringLocalizer<SharedResource> text)
{
    /// <param name="key">The sentence's text key ("Email.Blog.Published"); the subject's is the same with ".Subject".</param>
    /// <param name="note">Read in the author's language; null for none.</param>
    /// <param name="actionKey">The button's text key.</param>
    public async Task SendAsync(
        Guid authorId,
        string key,
        string title,
        Func<string?> note,
        string actionKey,
        string link,
        CancellationToken cancellationToken
    )
    {
        var author = await db
            .Users.AsNoTracking()
            .Where(u => u.Id == authorId)
            .Select(u => new
            {
                u.Email,
                u.DisplayName,
                u.PreferredLanguage,
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (author?.Email is null)
        {
            return;
        }

        using var language = LanguageScope.In(author.PreferredLanguage);
        var paragraphs = new List<string> { text["Email.Greeting", author.DisplayName], text[key, title] };
        if (note() is { } written)
        {
            paragraphs.Add(written);
        }

        outbox.Enqueue(author.Email, text[key + ".Subject", title], paragraphs, new EmailAction(text[actionKey], link));
    }
}
