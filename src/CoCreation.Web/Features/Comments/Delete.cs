namespace CoCreation.Web.Features.Comments;

/// <summary>Its author takes a comment back; a placeholder keeps its place so the replies still read.</summary>
public static class Delete
{
    [Allow(Audience.Participant)]
    [ChangesPublicData]
    public sealed record Command(long Id) : ICommand<string?>;

    /// <summary>The comment for its author's delete form; refused to anyone else, null when there is none to read.</summary>
    [Allow(Audience.Participant)]
    public sealed record Query(long Id) : IQuery<Details.Model?>;

    /// <summary>Where the comment was; null when there is no such comment.</summary>
    public sealed class Handler(OwnComments own) : ICommandHandler<Command, string?>, IQueryHandler<Query, Details.Model?>
    {
        public async ValueTask<Details.Model?> Handle(Query query, CancellationToken cancellationToken) =>
            await own.ForFormAsync(query.Id, cancellationToken);

        public async ValueTask<string?> Handle(Command command, CancellationToken cancellationToken) =>
            await own.ChangeAsync(command.Id, (comment, authorId, now) => comment.Delete(authorId, now), cancellationToken);
    }
}
