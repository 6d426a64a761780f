using CoCreation.Domain.Common;

namespace CoCreation.Domain.Submissions;

/// <summary>
/// A proposal, question, interest or help request about one member's NAP, and its life cycle:
/// pending → published → forwarded → answered; or rejected, spam, withdrawn. Each transition checks
/// the move, stamps who and when, records a step of the history and raises <see cref="SubmissionStepTaken"/>.
/// </summary>
public sealed class Submission : Entity, ISentOnce
{
    // The longest text each field takes: the forms' rules and the columns read these.
    public const int TitleMax = 200;

    /// <summary>The longest body, problem, proposed commitment or expected results.</summary>
    public const int TextMax = 4000;
    public const int OrganisationMax = 200;
    public const int RejectionReasonMax = 2000;
    public const int AnswerReasonMax = 4000;
    public const int RemovalReasonMax = 2000;

    private readonly List<SubmissionStep> _history = [];
    private readonly List<SubmissionCommitment> _commitments = [];

    private Submission() { }

    public long Id { get; private set; }

    public int MemberId { get; private set; }

    /// <summary>The campaign running for the member when it was sent, if any: its dashboard counts it.</summary>
    public int? CampaignId { get; private set; }

    /// <summary>The action plan cycle it is about ("2017-2019"): the member's cycle when it was sent, if known.</summary>
    public string? Cycle { get; private set; }

    public SubmissionKind Kind { get; private set; }

    public Guid? AuthorId { get; private set; }

    /// <summary>Shown as the author: the account's name, or the social-media handle of an imported post.</summary>
    public string AuthorName { get; private set; } = "";

    /// <summary>Address of the social-media post this came from; one submission per post.</summary>
    public string? SourceUrl { get; private set; }

    public Guid? IdempotencyKey { get; private set; }

    public string Title { get; private set; } = "";

    public string Language { get; private set; } = "en";

    public string? Body { get; private set; }

    public string? Problem { get; private set; }

    public string? ProposedCommitment { get; private set; }

    public string? ExpectedResults { get; private set; }

    public string? PolicyArea { get; private set; }

    public string? Organisation { get; private set; }

    /// <summary>The text as the author first wrote it, kept (as JSON) when a moderator makes a light edit.</summary>
    public string? OriginalText { get; private set; }

    public SubmissionStatus Status { get; private set; }

    /// <summary>Sent by an author flagged for spam: waits apart in the queue.</summary>
    public bool Held { get; private set; }

    public string? RejectionReason { get; private set; }

    public AnswerOutcome? Outcome { get; private set; }

    public string? AnswerReason { get; private set; }

    /// <summary>The language the reason is written in (a content language tag); null for answers given before it was asked.</summary>
    public string? AnswerLanguage { get; private set; }

    public Guid? AnsweredBy { get; private set; }

    public DateTimeOffset SubmittedAt { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public DateTimeOffset? ForwardedAt { get; private set; }

    public DateTimeOffset? AnsweredAt { get; private set; }

    public int EndorsementCount { get; private set; }

    /// <summary>Readers' reports since the support unit last looked at it: at the threshold it is hidden.</summary>
    public int OpenReports { get; private set; }

    /// <summary>Where it stood before reports hid it: a restore puts it back there (published, forwarded, answered…).</summary>
    public SubmissionStatus? StatusBeforeReview { get; private set; }

    /// <summary>Why the support unit took it off the public record; its author reads it.</summary>
    public string? RemovalReason { get; private set; }

    public IReadOnlyList<SubmissionStep> History => _history;

    public IReadOnlyList<SubmissionCommitment> Commitments => _commitments;

    /// <summary>
    /// The author deleted their account: a public submission stays (its answer belongs to everyone) but no
    /// longer names them — no account, no name, no organisation. Pages show "a former participant".
    /// </summary>
    public void RemoveAuthor()
    {
        AuthorId = null;
        AuthorName = "";
        Organisation = null;
    }

    /// <summary>The states everyone may read: the one list every public page, feed and count filters by.</summary>
    public static readonly IReadOnlyList<SubmissionStatus> PublicStatuses =
    [
        SubmissionStatus.Published,
        SubmissionStatus.AwaitingContact,
        SubmissionStatus.Forwarded,
        SubmissionStatus.Answered,
    ];

    /// <summary>States in which the author may still take it back or the support unit correct it: nobody has answered.</summary>
    public static readonly IReadOnlyList<SubmissionStatus> OpenStatuses =
    [
        SubmissionStatus.Pending,
        SubmissionStatus.Published,
        SubmissionStatus.AwaitingContact,
        SubmissionStatus.Forwarded,
    ];

    public bool IsPublic => PublicStatuses.Contains(Status);

    public SubmissionContent Content => new(Title, Language, Body, Problem, ProposedCommitment, ExpectedResults, PolicyArea, Organisation);

    public static Submission Submit(
        int memberId,
        SubmissionKind kind,
        SubmissionContent content,
        Guid authorId,
        string authorName,
        Guid? idempotencyKey,
        bool authorFlagged,
        DateTimeOffset now
    )
    {
        var submission = New(memberId, kind, content, authorName, now);
        submission.AuthorId = authorId;
        submission.IdempotencyKey = idempotencyKey;
        submission.Held = authorFlagged;
        submission.Record(SubmissionStepKind.Submitted, authorId, now, null);
        return submission;
    }

    /// <summary>A post collected from social media, attributed to its handle; pending like any other.</summary>
    public static Submission Import(
        int memberId,
        SubmissionKind kind,
        SubmissionContent content,
        string handle,
        string sourceUrl,
        DateTimeOffset postedAt,
        Guid importedBy
    )
    {
        var submission = New(memberId, kind, content.CheckedFor(kind, fromSocialMedia: true), handle, postedAt, fromSocialMedia: true);
        submission.SourceUrl = sourceUrl;
        submission.Record(SubmissionStepKind.Submitted, importedBy, postedAt, null);
        return submission;
    }

    /// <summary>
    /// Records where it was sent: the campaign running for its member then (none outside a campaign) and the plan
    /// cycle it is about. Said once, when it is sent; the record of a campaign does not move afterwards.
    /// </summary>
    public void SentIn(int? campaignId, string? cycle)
    {
        if (History.Count > 1)
        {
            throw new DomainException("Domain.Submission.PlacedOnlyWhenSent");
        }

        CampaignId = campaignId;
        Cycle = string.IsNullOrWhiteSpace(cycle) ? null : Timelines.CoCreationTimeline.CheckedCycle(cycle);
    }

    public void Publish(Guid moderatorId, DateTimeOffset now)
    {
        Require(SubmissionStatus.Pending);
        Status = SubmissionStatus.Published;
        PublishedAt = now;
        Held = false;
        Record(SubmissionStepKind.Published, moderatorId, now, null);
    }

    public void Reject(Guid moderatorId, string reason, DateTimeOffset now)
    {
        Require(SubmissionStatus.Pending);
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("Domain.Submission.ReasonRequired");
        }

        Status = SubmissionStatus.Rejected;
        RejectionReason = reason.Trim();
        Record(SubmissionStepKind.Rejected, moderatorId, now, RejectionReason);
    }

    /// <summary>Hidden from everyone but staff; the caller flags the author's account.</summary>
    public void MarkSpam(Guid moderatorId, DateTimeOffset now)
    {
        Require(SubmissionStatus.Pending, SubmissionStatus.Published);
        Status = SubmissionStatus.Spam;
        Record(SubmissionStepKind.MarkedSpam, moderatorId, now, null);
    }

    /// <summary>A light edit (typos, personal data) before the answer; the first version is kept.</summary>
    public void Edit(Guid moderatorId, SubmissionContent content, string originalAsJson, DateTimeOffset now)
    {
        Require([.. OpenStatuses]);
        var checkedContent = content.CheckedFor(Kind, fromSocialMedia: SourceUrl is not null);
        OriginalText ??= originalAsJson;
        Apply(checkedContent);
        Record(SubmissionStepKind.Edited, moderatorId, now, null);
    }

    /// <summary>
    /// Sends it to the member's government. When the member has no government contact yet, nobody
    /// could receive it: it waits, publicly as "waiting for a government contact", until
    /// <see cref="Deliver"/> hands it to the first official assigned.
    /// </summary>
    public void Forward(Guid moderatorId, bool memberHasContact, DateTimeOffset now)
    {
        Require(SubmissionStatus.Published);
        if (Kind == SubmissionKind.HelpRequest)
        {
            // A help request is addressed to the Support Unit, which answers it itself.
            throw new DomainException("Domain.Submission.HelpRequestStaysWithSupportUnit");
        }

        if (!memberHasContact)
        {
            Status = SubmissionStatus.AwaitingContact;
            Record(SubmissionStepKind.AwaitingContact, moderatorId, now, null);
            return;
        }

        Status = SubmissionStatus.Forwarded;
        ForwardedAt = now;
        Record(SubmissionStepKind.Forwarded, moderatorId, now, null);
    }

    /// <summary>A government contact now exists for the member: the held forwarding reaches them; the clock starts now.</summary>
    public void Deliver(DateTimeOffset now)
    {
        Require(SubmissionStatus.AwaitingContact);
        Status = SubmissionStatus.Forwarded;
        ForwardedAt = now;
        Record(SubmissionStepKind.Forwarded, null, now, null);
    }

    /// <summary>
    /// The official's reasoned response, with the commitments a proposal became, and the language the reason is
    /// written in, so that pages mark it (a screen reader then reads it in that language's voice).
    /// </summary>
    public void Answer(
        Guid officialId,
        AnswerOutcome outcome,
        string reason,
        IEnumerable<int> commitmentIds,
        DateTimeOffset now,
        string? language = null
    )
    {
        if (Kind == SubmissionKind.HelpRequest)
        {
            Require(SubmissionStatus.Published);
        }
        else
        {
            Require(SubmissionStatus.Forwarded);
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("Domain.Submission.ReasonRequired");
        }

        var fits =
            Kind == SubmissionKind.CommitmentProposal
                ? outcome is AnswerOutcome.Included or AnswerOutcome.Merged or AnswerOutcome.NotIncluded
                : outcome == AnswerOutcome.Answered;
        if (!fits)
        {
            throw new DomainException("Domain.Submission.OutcomeDoesNotFit");
        }

        var links = commitmentIds.Distinct().ToList();
        if (links.Count > 0 && outcome is not (AnswerOutcome.Included or AnswerOutcome.Merged))
        {
            throw new DomainException("Domain.Submission.CommitmentsOnlyWhenIncluded");
        }

        Status = SubmissionStatus.Answered;
        Outcome = outcome;
        AnswerReason = reason.Trim();
        AnswerLanguage = language;
        AnsweredBy = officialId;
        AnsweredAt = now;
        _commitments.AddRange(links.Select(id => new SubmissionCommitment(id)));
        Record(SubmissionStepKind.Answered, officialId, now, AnswerReason);
    }

    /// <summary>The author takes the submission back, as long as nobody has answered it.</summary>
    public void Withdraw(Guid authorId, DateTimeOffset now)
    {
        if (authorId != AuthorId)
        {
            throw new DomainException("Domain.Submission.NotTheAuthor");
        }

        if (!CanBeWithdrawn)
        {
            throw new DomainException("Domain.Submission.IllegalMove", "Status." + Status);
        }

        Status = SubmissionStatus.Withdrawn;
        StatusBeforeReview = null;
        OpenReports = 0;
        Record(SubmissionStepKind.Withdrawn, authorId, now, null);
    }

    /// <summary>
    /// Its author may still take it back: nobody has answered it yet (pending, published or forwarded), also while
    /// readers' reports hide it for the support unit's look. Taking it back settles those reports.
    /// </summary>
    public bool CanBeWithdrawn => OpenStatuses.Contains(Status == SubmissionStatus.UnderReview ? StatusBeforeReview ?? Status : Status);

    public bool CanBeEndorsedBy(Guid userId) => IsPublic && AuthorId != userId;

    /// <summary>A reader may report it: the public reads it and it is not theirs (one report per account is the caller's rule).</summary>
    public bool CanBeReportedBy(Guid userId) => IsPublic && AuthorId != userId;

    /// <summary>It waits for the support unit's look: hidden by reports, or read by all with reports not yet reviewed.</summary>
    public bool AwaitsReview => Status == SubmissionStatus.UnderReview || (IsPublic && OpenReports > 0);

    /// <summary>
    /// One more reader reported it (the caller stores the report, one per account): at <paramref name="threshold"/>
    /// reports since the last review it is hidden from everyone but its author and staff until the support unit looks.
    /// True when this report hid it.
    /// </summary>
    public bool CountReport(Guid reporterId, int threshold, DateTimeOffset now)
    {
        if (reporterId == AuthorId)
        {
            throw new DomainException("Domain.Submission.ReportOwn");
        }

        Require([.. PublicStatuses]);
        OpenReports++;
        if (OpenReports < Math.Max(1, threshold))
        {
            return false;
        }

        StatusBeforeReview = Status;
        Status = SubmissionStatus.UnderReview;
        Record(SubmissionStepKind.HiddenForReview, null, now, null);
        return true;
    }

    /// <summary>
    /// The support unit read the reports and lets it be read: a hidden submission goes back where it stood, and its
    /// reports are settled (the next ones count from zero).
    /// </summary>
    public void Restore(Guid moderatorId, DateTimeOffset now)
    {
        if (!AwaitsReview)
        {
            throw new DomainException("Domain.Submission.IllegalMove", "Status." + Status);
        }

        OpenReports = 0;
        if (Status != SubmissionStatus.UnderReview)
        {
            return;
        }

        Status = StatusBeforeReview ?? SubmissionStatus.Published;
        StatusBeforeReview = null;
        Record(SubmissionStepKind.Restored, moderatorId, now, null);
    }

    /// <summary>Taken off the public record by the support unit after reports, with a reason its author reads.</summary>
    public void Remove(Guid moderatorId, string reason, DateTimeOffset now)
    {
        if (!AwaitsReview)
        {
            throw new DomainException("Domain.Submission.IllegalMove", "Status." + Status);
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("Domain.Submission.ReasonRequired");
        }

        if (reason.Trim().Length > RemovalReasonMax)
        {
            throw new DomainException("Domain.Submission.ReasonTooLong", RemovalReasonMax);
        }

        Status = SubmissionStatus.Removed;
        StatusBeforeReview = null;
        OpenReports = 0;
        RemovalReason = reason.Trim();
        Record(SubmissionStepKind.Removed, moderatorId, now, RemovalReason);
    }

    public void CountEndorsement() => EndorsementCount++;

    private static Submission New(
        int memberId,
        SubmissionKind kind,
        SubmissionContent content,
        string authorName,
        DateTimeOffset now,
        bool fromSocialMedia = false
    )
    {
        if (!Enum.IsDefined(kind))
        {
            throw new DomainException("Domain.Submission.KindUnknown");
        }

        var submission = new Submission
        {
            MemberId = memberId,
            Kind = kind,
            AuthorName = authorName,
            Status = SubmissionStatus.Pending,
            SubmittedAt = now,
        };
        submission.Apply(content.CheckedFor(kind, fromSocialMedia));
        return submission;
    }

    private void Apply(SubmissionContent content)
    {
        Title = content.Title;
        Language = content.Language;
        Body = content.Body;
        Problem = content.Problem;
        ProposedCommitment = content.ProposedCommitment;
        ExpectedResults = content.ExpectedResults;
        PolicyArea = content.PolicyArea;
        Organisation = content.Organisation;
    }

    private void Require(params SubmissionStatus[] allowed)
    {
        if (!allowed.Contains(Status))
        {
            throw new DomainException("Domain.Submission.IllegalMove", "Status." + Status);
        }
    }

    private void Record(SubmissionStepKind step, Guid? actorId, DateTimeOffset at, string? note)
    {
        _history.Add(new SubmissionStep(step, actorId, at, note));
        Raise(new SubmissionStepTaken(this, step));
    }
}

/// <summary>A NAP commitment that came from a submission.</summary>
public sealed class SubmissionCommitment
{
    private SubmissionCommitment() { }

    internal SubmissionCommitment(int commitmentId) => CommitmentId = commitmentId;

    public long SubmissionId { get; private set; }

    public int CommitmentId { get; private set; }
}
