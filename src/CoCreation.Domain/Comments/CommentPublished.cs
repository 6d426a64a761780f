using Mediator;

namespace CoCreation.Domain.Comments;

/// <summary>A comment became public for the first time (at once, or when the support unit let a held one through).</summary>
public sealed record CommentPublished(Comment Comment) : INotification;
