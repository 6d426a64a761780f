using CoCreation.Domain.Common;

namespace CoCreation.Domain.Comments;

/// <summary>
/// A participant's, official's or support unit's words under a published submission, a commitment or a timeline,
/// or a reply to one (one level only). Moderated after publication: it shows at once unless its author is flagged,
/// readers' reports hide it for review, the support unit restores, edits (keeping the original) or removes it with a
/// reason its author reads, and its author may edit it for a while and delete it (a placeholder stays).
/// </summary>
public sealed class Comment : Entity, ISentOnce
{
    /// <summary>Room for a few paragraphs: a thread is a conversation, not a second proposal.</summary>
    public const int TextMax = 2000;

    public const int AuthorNameMax = 200;

    public const int RemovalReasonMax = 2000;

    /// <summary>How long an author may correct a comment when the operator sets nothing else.</summary>
    public static readonly TimeSpan DefaultEditWindow = TimeSpan.FromMinutes(15);

    /// <summary>How many reports hide a comment for review when the operator sets nothing else.</summary>
    public const int DefaultReportsToHide = 3;

    private Comment() { }

    public long Id { get; private set; }

    public CommentTargetKind TargetKind { get; private set; }

    public long TargetId { get; private set; }

    /// <summary>The member the target belongs to: whose officials are marked and told.</summary>
    public int MemberId { get; private set; }

    /// <summary>The comment this one answers; null for a comment that opens a thread.</summary>
    public long? ParentId { get; private set; }

    public Guid? AuthorId { get; private set; }

    public string AuthorName { get; private set; } = "";

    public CommentRole AuthorRole { get; private set; }

    public Guid? IdempotencyKey { get; private set; }

    public string Text { get; private set; } = "";

    public string Language { get; private set; } = "en";

    /// <summary>The author's words before the support unit edited them (personal data, insults), for the audit.</summary>
    public string? OriginalText { get; private set; }

    public CommentStatus Status { get; private set; }

    /// <summary>Waits because its author is flagged, not because of reports.</summary>
    public bool Held { get; private set; }

    /// <summary>Reports since the support unit last looked at it: at the threshold it is hidden.</summary>
    public int OpenReports { get; private set; }

    public string? RemovalReason { get; private set; }

    public DateTimeOffset PostedAt { get; private set; }

    /// <summary>When it first became public; null while a flagged author's comment waits.</summary>
    public DateTimeOffset? PublishedAt { get; private set; }

    public DateTimeOffset? EditedAt { get; private set; }

    public Guid? ModeratedBy { get; private set; }

    public DateTimeOffset? ModeratedAt { get; private set; }

    public CommentTarget Target => new(TargetKind, TargetId);

    public bool IsReply => ParentId is not null;

    public bool IsPublic => Status == CommentStatus.Published;

    /// <summary>
    /// Why a comment cannot be answered (a message key), or null when it can: only a published comment that opens its
    /// thread is answered (one level of replies).
    /// </summary>
    public static string? ReplyRefusal(CommentStatus status, long? parentId) =>
        parentId is not null ? "Domain.Comment.ReplyToReply"
        : status != CommentStatus.Published ? "Domain.Comment.ParentNotOpen"
        : null;

    /// <summary>Its author may still change or take back their words: they are not deleted or removed yet.</summary>
    public static bool IsOpenToItsAuthor(CommentStatus status) => status is CommentStatus.Published or CommentStatus.AwaitingReview;

    /// <summary>Its author may still correct it: open to them, and posted no longer than <paramref name="window"/> ago.</summary>
    public static bool IsEditable(CommentStatus status, DateTimeOffset postedAt, TimeSpan window, DateTimeOffset now) =>
        IsOpenToItsAuthor(status) && now - postedAt <= window;

    /// <summary>A comment that opens a thread.</summary>
    public static Comment Post(CommentTarget target, int memberId, NewComment sent, DateTimeOffset now)
    {
        if (!Enum.IsDefined(target.Kind))
        {
            throw new DomainException("Domain.Comment.TargetUnknown");
        }

        if (!Enum.IsDefined(sent.Role))
        {
            throw new DomainException("Domain.Comment.RoleUnknown");
        }

        var comment = new Comment
        {
            TargetKind = target.Kind,
            TargetId = target.Id,
            MemberId = memberId,
            AuthorId = sent.AuthorId,
            AuthorName = sent.AuthorName,
            AuthorRole = sent.Role,
            IdempotencyKey = sent.IdempotencyKey,
            Text = CheckedText(sent.Text),
            Language = CheckedLanguage(sent.Language),
            PostedAt = now,
        };
        if (sent.AuthorFlagged)
        {
            comment.Status = CommentStatus.AwaitingReview;
            comment.Held = true;
        }
        else
        {
            comment.Status = CommentStatus.Published;
            comment.FirstPublished(now);
        }

        return comment;
    }

    /// <summary>A reply to <paramref name="parent"/>, in its thread; a reply to a reply is refused (one level).</summary>
    public static Comment Reply(Comment parent, NewComment sent, DateTimeOffset now)
    {
        if (ReplyRefusal(parent.Status, parent.ParentId) is { } refusal)
        {
            throw new DomainException(refusal);
        }

        var reply = Post(parent.Target, parent.MemberId, sent, now);
        reply.ParentId = parent.Id;
        return reply;
    }

    /// <summary>The author corrects their words within <paramref name="window"/> of posting; "edited" is shown.</summary>
    public void Edit(Guid authorId, string text, string language, TimeSpan window, DateTimeOffset now)
    {
        RequireAuthor(authorId);
        RequireOpenToItsAuthor();
        if (!IsEditable(Status, PostedAt, window, now))
        {
            throw new DomainException("Domain.Comment.EditWindowClosed", (int)window.TotalMinutes);
        }

        Text = CheckedText(text);
        Language = CheckedLanguage(language);
        EditedAt = now;
    }

    /// <summary>The author takes it back; its words go, its place stays for the replies around it.</summary>
    public void Delete(Guid authorId, DateTimeOffset now)
    {
        RequireAuthor(authorId);
        RequireOpenToItsAuthor();
        Status = CommentStatus.Deleted;
        Text = "";
        OriginalText = null;
        Held = false;
        EditedAt = now;
    }

    /// <summary>
    /// One more reader reported it (the caller stores the report, one per account): at <paramref name="threshold"/>
    /// reports since the last review it is hidden until the support unit looks. True when this report hid it.
    /// </summary>
    public bool CountReport(Guid reporterId, int threshold)
    {
        if (reporterId == AuthorId)
        {
            throw new DomainException("Domain.Comment.ReportOwn");
        }

        Require(CommentStatus.Published);
        OpenReports++;
        if (OpenReports < Math.Max(1, threshold))
        {
            return false;
        }

        Status = CommentStatus.AwaitingReview;
        return true;
    }

    /// <summary>The support unit lets it be read: a hidden or held comment shows again and its reports are settled.</summary>
    public void Restore(Guid moderatorId, DateTimeOffset now)
    {
        Require(CommentStatus.Published, CommentStatus.AwaitingReview);
        Status = CommentStatus.Published;
        Held = false;
        OpenReports = 0;
        Moderated(moderatorId, now);
        FirstPublished(now);
    }

    /// <summary>A light edit by the support unit (personal data, an insult); the author's first words are kept.</summary>
    public void EditAsModerator(Guid moderatorId, string text, DateTimeOffset now)
    {
        Require(CommentStatus.Published, CommentStatus.AwaitingReview);
        var edited = CheckedText(text);
        OriginalText ??= Text;
        Text = edited;
        EditedAt = now;
        Moderated(moderatorId, now);
    }

    /// <summary>Taken down by the support unit, with a reason its author reads.</summary>
    public void Remove(Guid moderatorId, string reason, DateTimeOffset now)
    {
        Require(CommentStatus.Published, CommentStatus.AwaitingReview);
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("Domain.Comment.ReasonRequired");
        }

        if (reason.Trim().Length > RemovalReasonMax)
        {
            throw new DomainException("Domain.Comment.ReasonTooLong", RemovalReasonMax);
        }

        Status = CommentStatus.Removed;
        RemovalReason = reason.Trim();
        Held = false;
        OpenReports = 0;
        Moderated(moderatorId, now);
    }

    /// <summary>The author deleted their account: the comment stays, signed "a former participant".</summary>
    public void RemoveAuthor()
    {
        AuthorId = null;
        AuthorName = "";
    }

    private void FirstPublished(DateTimeOffset now)
    {
        if (PublishedAt is not null)
        {
            return;
        }

        PublishedAt = now;
        Raise(new CommentPublished(this));
    }

    private void Moderated(Guid moderatorId, DateTimeOffset now)
    {
        ModeratedBy = moderatorId;
        ModeratedAt = now;
    }

    private void RequireAuthor(Guid authorId)
    {
        if (AuthorId != authorId)
        {
            throw new DomainException("Domain.Comment.NotTheAuthor");
        }
    }

    private void RequireOpenToItsAuthor()
    {
        if (!IsOpenToItsAuthor(Status))
        {
            throw new DomainException("Domain.Comment.IllegalMove", "CommentStatus." + Status);
        }
    }

    private void Require(params CommentStatus[] allowed)
    {
        if (!allowed.Contains(Status))
        {
            throw new DomainException("Domain.Comment.IllegalMove", "CommentStatus." + Status);
        }
    }

    private static string CheckedText(string? text)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            throw new DomainException("Domain.Comment.TextRequired");
        }

        if (trimmed.Length > TextMax)
        {
            throw new DomainException("Domain.Comment.TextTooLong", TextMax);
        }

        return trimmed;
    }

    private static string CheckedLanguage(string? language)
    {
        if (!ContentLanguages.IsKnown(language))
        {
            throw new DomainException("Domain.Comment.LanguageUnknown");
        }

        return language!;
    }
}
