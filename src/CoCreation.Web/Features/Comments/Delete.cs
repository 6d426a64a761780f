using CoCreation.Web.Data;
using CoCreation.Web.Infrastructure;
using CoCreation.Web.Infrastructure.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoCreation.Web.Features.Comments;

/// <summary>Its author takes a comment back; a placeholder keeps its place so the replies still read.</summary>
public static class Delete
{
    [Allow(Audience.Participant)]
    [Infrastructure.Web.ChangesPublicData]
    public sealed record Command(long Id) : ICommand<string?>;

    /// <summary>The comment for its author's delete form; refused to anyone else, null when there is none to read.</summary>
    [Allow(Audience.Participant)]
    public sealed record Query(long Id) : IQuery<Details.Model?>;

    /// <summary>Where the comment was; null when there is no such comment.</summary>
    public sealed class Handler(PortalDbContext db, CurrentActor actor, TimeProvider clock, IOptions<PortalOptions> options)
        : ICommandHandler<Command, string?>,
            IQueryHandler<Query, Details.Model?>
    {
        public async ValueTask<Details.Model?> Handle(Query query, CancellationToken cancellationToken) =>
            await Details.FindForItsAuthorAsync(
                db,
                actor,
                clock.GetUtcNow(),
                options.Value.Comments.EditWindow,
                query.Id,
                cancellationToken
            );

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
