using CoCreation.Domain.Common;

namespace CoCreation.Domain.Comments;

/// <summary>One reader's report of one comment; one per account and comment.</summary>
public sealed class CommentReport
{
    public const int TextMax = 1000;

    private CommentReport() { }

    public CommentReport(long commentId, Guid reporterId, ReportReason reason, string? text, DateTimeOffset at)
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

        CommentId = commentId;
        ReporterId = reporterId;
        Reason = reason;
        Text = trimmed;
        At = at;
    }

    public long Id { get; private set; }

    public long CommentId { get; private set; }

    public Guid ReporterId { get; private set; }

    public ReportReason Reason { get; private set; }

    public string? Text { get; private set; }

    public DateTimeOffset At { get; private set; }
}
