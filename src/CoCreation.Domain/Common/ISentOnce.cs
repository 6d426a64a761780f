namespace CoCreation.Domain.Common;

/// <summary>
/// A text its author sends with an idempotency key (a submission, a comment): a double click sends it twice, and the
/// key tells the second copy from a new text, so at most one is stored per author and key.
/// </summary>
public interface ISentOnce
{
    long Id { get; }

    Guid? AuthorId { get; }

    Guid? IdempotencyKey { get; }
}
