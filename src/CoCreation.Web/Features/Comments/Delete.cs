using CoCreation.Web.Data;
using CoCreation.Web.Infrastructure.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CoCreation.Web.Features.Comments;

/// <summary>Its author takes a comment back; a placeholder keeps its place so the replies still read.</summary>
public static class Delete
{
    [Allow(Audience.Participant)]
    public sealed record Command(long Id) : ICommand<string?>;

    /// <summary>Where the comment was; null when there is no such comment.</summary>
    public sealed class Handler(PortalDbContext db, CurrentActor actor, TimeProvider clock) : ICommandHandler<Command, string?>
    {
        public async ValueTask<string?> Handle(Command command, CancellationToken cancellationToken)
        {
            var userId = actor.RequireUserId();
            var comment = await db.Comments.SingleOrDefaultAsync(c => c.Id == command.Id, cancellationToken);
            if (comment is null)
            {
                return null;
            }

            if (comment.AuthorId != userId)
            {
                throw new UnauthorizedAccessException("Only its author deletes a comment.");
            }

            comment.Delete(userId, clock.GetUtcNow());
            return await CommentPages.LinkAsync(db, comment, cancellationToken);
        }
    }
}
