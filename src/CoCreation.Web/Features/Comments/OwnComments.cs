using CoCreation.Domain.Comments;
using CoCreation.Web.Infrastructure;
using Microsoft.Extensions.Options;

namespace CoCreation.Web.Features.Comments;

/// <summary>
/// The signed-in person's own comments, as the edit and delete use cases take them: read for the form, and changed
/// by its author. Either refuses (403) a comment someone else wrote.
/// </summary>
public sealed class OwnComments(PortalDbContext db, CurrentActor actor, TimeProvider clock, IOptions<PortalOptions> options)
{
    public TimeSpan EditWindow => options.Value.Comments.EditWindow;

    /// <summary>The comment for its author's form; null when there is none to read.</summary>
    public async ValueTask<Details.Model?> ForFormAsync(long id, CancellationToken cancellationToken) =>
        await Details.FindForItsAuthorAsync(db, actor, clock.GetUtcNow(), EditWindow, id, cancellationToken);

    /// <summary>
    /// Its author's change (given the author's id and the time now) made to the comment; the comment's address on its
    /// page, or null when there is no such comment.
    /// </summary>
    public async Task<string?> ChangeAsync(long id, Action<Comment, Guid, DateTimeOffset> change, CancellationToken cancellationToken)
    {
        var comment = await db.Comments.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (comment is null)
        {
            return null;
        }

        var authorId = actor.RequireUserId();
        if (comment.AuthorId != authorId)
        {
            throw new UnauthorizedAccessException("Only its author edits or deletes a comment.");
        }

        change(comment, authorId, clock.GetUtcNow());
        return await CommentPages.LinkAsync(db, comment, cancellationToken);
    }
}
