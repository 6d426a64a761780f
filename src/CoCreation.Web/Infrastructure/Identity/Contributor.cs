using CoCreation.Web.Infrastructure.Mediator;

namespace CoCreation.Web.Infrastructure.Identity;

/// <summary>The signed-in person who puts their name to a new text: a submission, a comment, a blog post.</summary>
public sealed record Contributor(Guid Id, string DisplayName, bool IsSpamFlagged)
{
    /// <summary>
    /// The author of a new text, refused (with the localized "confirm your email address first") while nobody has
    /// answered the confirmation mail: nothing public carries the name of an address that may not be theirs.
    /// </summary>
    public static async Task<Contributor> RequireConfirmedAsync(
        PortalDbContext db,
        CurrentActor actor,
        IStringLocalizer<SharedResource> text,
        CancellationToken cancellationToken
    )
    {
        var id = actor.RequireUserId();
        var author = await db
            .Users.Where(u => u.Id == id)
            .Select(u => new
            {
                u.DisplayName,
                u.IsSpamFlagged,
                u.EmailConfirmed,
            })
            .SingleAsync(cancellationToken);
        if (!author.EmailConfirmed)
        {
            throw new InputException("", text["Submission.ConfirmEmailFirst"]);
        }

        return new Contributor(id, author.DisplayName, author.IsSpamFlagged);
    }
}
