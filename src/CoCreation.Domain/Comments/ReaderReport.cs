using CoCreation.Domain.Common;

namespace CoCreation.Domain.Comments;

/// <summary>
/// One reader's report of a comment or of a published submission (exactly one of the two); one per account and item.
/// Reports since the support unit last looked hide the item at a threshold, and its queue shows them all.
/// </summary>
public sealed class ReaderReport
{
    public const int TextMax = 1000;

    private ReaderReport() { }

    private ReaderReport(ReportReason reason, Guid reporterId, string? text, Guid? idempotencyKey, DateTimeOffset at)
    {
        if (!Enum.IsDefined(reason))
        {
            throw new DomainException("Domain.Comment.ReportReasonUnknown");
        }

        var trimmed = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        if (reason == ReportReason.Other && trimmed is null)
        {
            throw new DomainException("Domain.Comment.ReportTextRequired");
        }

        if (trimmed?.Length > TextMax)
        {
            throw new DomainException("Domain.Comment.ReportTextTooLong", TextMax);
        }

        ReporterId = reporterId;
        Reason = reason;
        Text = trimmed;
        IdempotencyKey = idempotencyKey;
        At = at;
    }

    public static ReaderReport OfComment(
        long commentId,
        Guid reporterId,
        ReportReason reason,
        string? text,
        Guid? idempotencyKey,
        DateTimeOffset at
    ) => new(reason, reporterId, text, idempotencyKey, at) { CommentId = commentId };

    public static ReaderReport OfSubmission(
        long submissionId,
        Guid reporterId,
        ReportReason reason,
        string? text,
        Guid? idempotencyKey,
        DateTimeOffset at
    ) => new(reason, reporterId, text, idempotencyKey, at) { SubmissionId = submissionId };

    public long Id { get; private set; }

    /// <summary>The comment reported; null for a report of a submission.</summary>
    public long? CommentId { get; private init; }

    /// <summary>The submission reported; null for a report of a comment.</summary>
    public long? SubmissionId { get; private init; }

    public Guid ReporterId { get; private set; }

    public ReportReason Reason { get; private set; }

    public string? Text { get; private set; }

    /// <summary>The report form's key: the same form sent twice (a double click) stores one report.</summary>
    public Guid? IdempotencyKey { get; private set; }

    public DateTimeOffset At { get; private set; }
}
