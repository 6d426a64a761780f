using CoCreation.Domain.Comments;

namespace CoCreation.Web.Features.Comments;

/// <summary>Its author corrects a comment within the edit window (Portal:Comments:EditWindow); "edited" is shown.</summary>
public static class Edit
{
    [Allow(Audience.Participant)]
    public sealed record Command(long Id, string Text, string Language) : ICommand<string?>;

    /// <summary>The comment for its author's edit form; refused to anyone else, null when there is none to read.</summary>
    [Allow(Audience.Participant)]
    public sealed record Query(long Id) : IQuery<Details.Model?>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> text)
        {
            RuleFor(c => c.Text).NotEmpty().MaximumLength(Comment.TextMax);
            RuleFor(c => c.Language).Must(ContentLanguages.IsKnown).WithMessage(_ => text["Domain.Comment.LanguageUnknown"]);
        }
    }

    /// <summary>The comment's address on its page; null when there is no such comment.</summary>
    public sealed class Handler(OwnComments own) : ICommandHandler<Command, string?>, IQueryHandler<Query, Details.Model?>
    {
        public async ValueTask<Details.Model?> Handle(Query query, CancellationToken cancellationToken) =>
            await own.ForFormAsync(query.Id, cancellationToken);

        public async ValueTask<string?> Handle(Command command, CancellationToken cancellationToken) =>
            await own.ChangeAsync(
                command.Id,
                (comment, authorId, now) => comment.Edit(authorId, command.Text, command.Language, own.EditWindow, now),
                cancellationToken
            );
    }
}
