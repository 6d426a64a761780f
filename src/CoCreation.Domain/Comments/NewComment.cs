namespace CoCreation.Domain.Comments;

/// <summary>
/// What an author sends, whether it opens a thread (<see cref="Comment.Post"/>) or answers one
/// (<see cref="Comment.Reply"/>): who they are and the role they hold, their words and the words' language, the
/// idempotency key of the form, and whether the author is flagged for spam (then it waits for the support unit).
/// </summary>
public sealed record NewComment(
    Guid AuthorId,
    string AuthorName,
    CommentRole Role,
    string Text,
    string Language,
    Guid? IdempotencyKey,
    bool AuthorFlagged
);
