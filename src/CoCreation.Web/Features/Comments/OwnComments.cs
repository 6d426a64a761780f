using CoCreation.Domain.Comments;
using CoCreation.Web.Infrastructure;
using Microsoft.Extensions.Options;

namespace CoCreation.Web.Features.Comments;

/// <summary>
/// The signed-in person's own comments, as the edit and delete use cases take them: read for the form, and loaded
/// for the change. Either refuses (403) a comment someone else wrote.
/// </summary>
public sealed class OwnComments(PortalDbContext db, CurrentActor actor, TimeProvider clock, IOptions<PortalOptions> options)
{
    public TimeSpan EditWindow => options.Value.Comments.EditWindow;

    /// <summary>The comment for its author's form; null when there is none to read.</summary>
    public async ValueTask<Details.Model?> ForFormAsync(long id, CancellationToken cancellationToken) =>
        await Details.FindForItsAuthorAsync(db, actor, clock.GetUtcNow(), EditWindow, id, cancellationToken);

    /// <summary>The comment, tracked for a change by its author; null when there is no such comment.</summary>
    public async Task<Comment?> LoadAsync(long id, CancellationToken cancellationToken)
    {
        var comment = await db.Comments.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        return comment is null || comment.AuthorId == actor.RequireUserId()
            ? comment
            : throw new UnauthorizedAccessException("Only its author edits or deletes a comment.");
    }
}
