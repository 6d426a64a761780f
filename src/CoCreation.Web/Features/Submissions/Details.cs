using CoCreation.Domain.Submissions;
using CoCreation.Web.Features.Translations;

namespace CoCreation.Web.Features.Submissions;

/// <summary>
/// One submission with its answer and history ("what happened to my proposal"). The public sees
/// published ones and their public steps; the author sees their own whole history; staff see all;
/// officials see what was forwarded for their members.
/// </summary>
public static class Details
{
    [Allow(Audience.Anonymous)]
    public sealed record Query(long Id) : IQuery<Model?>;

    public sealed record Model(
        long Id,
        SubmissionKind Kind,
        SubmissionStatus Status,
        string MemberCode,
        LocalizedText MemberName,
        string AuthorName,
        string Title,
        string Language,
        string? Body,
        string? Problem,
        string? ProposedCommitment,
        string? ExpectedResults,
        string? PolicyArea,
        string? Organisation,
        string? RejectionReason,
        AnswerOutcome? Outcome,
        string? AnswerReason,
        string? AnswerLanguage,
        DateTimeOffset SubmittedAt,
        DateTimeOffset? PublishedAt,
        DateTimeOffset? AnsweredAt,
        int EndorsementCount,
        IReadOnlyList<Step> History,
        IReadOnlyList<CommitmentLink> Commitments,
        bool IsAuthor,
        bool EndorsedByMe,
        bool CanEndorse,
        // For the support unit only (false for others): the member has an official to forward to.
        bool MemberHasContact,
        string? SourceUrl = null
    )
    {
        /// <summary>
        /// The campaign it belongs to, for its share image (submissions name no campaign of their own): the latest one its
        /// member took part in that had begun when it was sent, else the next one (sent ahead of the campaign).
        /// </summary>
        public string? CampaignSlug { get; init; }

        /// <summary>When it reached the member's officials: the response clock runs from here.</summary>
        public DateTimeOffset? ForwardedAt { get; init; }

        /// <summary>The campaign it was sent in (none when no campaign was running for its member then).</summary>
        public SentInCampaign? Campaign { get; init; }

        /// <summary>The action plan cycle it is about, "2017-2019".</summary>
        public string? Cycle { get; init; }

        /// <summary>The language the author wrote in, also when <see cref="Language"/> is that of a translation shown.</summary>
        public string WrittenIn { get; init; } = Language;

        /// <summary>The reader wrote it and may still take it back (<see cref="Submission.CanBeWithdrawn"/>).</summary>
        public bool CanWithdraw { get; init; }

        /// <summary>The public reads it (and may endorse, share or ask for a translation).</summary>
        public bool IsPublic => Submission.PublicStatuses.Contains(Status);

        /// <summary>Why the support unit took it off the public record: for its author and staff only.</summary>
        public string? RemovalReason { get; init; }

        /// <summary>The signed-in reader has reported it already.</summary>
        public bool ReportedByMe { get; init; }

        /// <summary>The signed-in reader may report it: the public reads it, it is not theirs and they have not yet.</summary>
        public bool CanReport { get; init; }

        public string Hashtag => Kind == SubmissionKind.CommitmentProposal ? "#myNAPask" : "#OGPcocreate";

        /// <summary>Imported from a social-media post: its author has no account here and reads no decision.</summary>
        public bool FromSocialMedia => SourceUrl is not null;

        /// <summary>What a reader may ask to read translated: the author's words, once the public may read them.</summary>
        public TranslatableText? Translatable =>
            IsPublic
                ? new TranslatableText(
                    TranslatableText.Submission,
                    Id,
                    Language,
                    [
                        .. new (string Name, string? Text)[]
                        {
                            ("title", Title),
                            ("body", Body),
                            ("problem", Problem),
                            ("proposed-commitment", ProposedCommitment),
                            ("expected-results", ExpectedResults),
                        }
                            .Where(p => !string.IsNullOrWhiteSpace(p.Text))
                            .Select(p => new TranslatablePart(p.Name, p.Text!)),
                    ]
                )
                : null;

        /// <summary>This submission as <paramref name="translation"/> shows it: its parts translated, or as written.</summary>
        public Model ShownAs(Translate.Result translation) =>
            translation.IsTranslated
                ? this with
                {
                    Title = translation.Show("title", Title)!,
                    Body = translation.Show("body", Body),
                    Problem = translation.Show("problem", Problem),
                    ProposedCommitment = translation.Show("proposed-commitment", ProposedCommitment),
                    ExpectedResults = translation.Show("expected-results", ExpectedResults),
                    Language = translation.Target,
                }
                : this;
    }

    public sealed record SentInCampaign(string Slug, LocalizedText Title);

    public sealed record Step(SubmissionStepKind Kind, DateTimeOffset At, string? Note);

    public sealed record CommitmentLink(string OgpId, LocalizedText Title);

    public sealed class Handler(PortalDbContext db, CurrentActor actor) : IQueryHandler<Query, Model?>
    {
        public async ValueTask<Model?> Handle(Query query, CancellationToken cancellationToken)
        {
            var userId = actor.UserId;
            var staff = actor.IsStaff;
            var row = await db
                .Submissions.AsNoTracking()
                .Where(s => s.Id == query.Id)
                .Select(s => new
                {
                    Submission = s,
                    Member = db.Members.Where(m => m.Id == s.MemberId).Select(m => new { m.Code, m.Name }).Single(),
                    History = s
                        .History.OrderBy(h => h.At)
                        .ThenBy(h => h.Id)
                        .Select(h => new
                        {
                            h.Kind,
                            h.At,
                            h.Note,
                        })
                        .ToList(),
                    Commitments = db
                        .Commitments.Where(c => s.Commitments.Any(sc => sc.CommitmentId == c.Id))
                        .OrderBy(c => c.OgpId)
                        .Select(c => new CommitmentLink(c.OgpId, c.Title))
                        .ToList(),
                    Campaigns = db
                        .Campaigns.Where(c => c.Participants.Any(p => p.MemberId == s.MemberId))
                        .Select(c => new { c.Slug, c.StartsOn })
                        .ToList(),
                    SentIn = db
                        .Campaigns.Where(c => c.Id == s.CampaignId)
                        .Select(c => new SentInCampaign(c.Slug, c.Title))
                        .FirstOrDefault(),
                    EndorsedByMe = userId != null && db.Endorsements.Any(e => e.SubmissionId == s.Id && e.UserId == userId),
                    ReportedByMe = userId != null && db.ReaderReports.Any(r => r.SubmissionId == s.Id && r.ReporterId == userId),
                    OfficialOfMember = userId != null && db.OfficialAssignments.Any(a => a.UserId == userId && a.MemberId == s.MemberId),
                    // Only the support unit is told whether forwarding would reach someone; visitors' reads skip the lookup.
                    MemberHasContact = staff && db.OfficialAssignments.Any(a => a.MemberId == s.MemberId),
                })
                .SingleOrDefaultAsync(cancellationToken);
            if (row is null)
            {
                return null;
            }

            var s = row.Submission;
            var isAuthor = userId is not null && s.AuthorId == userId;
            var officialSees = row.OfficialOfMember && s.Status is SubmissionStatus.Forwarded or SubmissionStatus.Answered;
            if (!s.IsPublic && !isAuthor && !staff && !officialSees)
            {
                return null;
            }

            var seesAll = isAuthor || staff;
            var history = row
                .History.Where(h =>
                    seesAll
                    || h.Kind
                        is SubmissionStepKind.Published
                            or SubmissionStepKind.AwaitingContact
                            or SubmissionStepKind.Forwarded
                            or SubmissionStepKind.Answered
                            or SubmissionStepKind.Submitted
                )
                .Select(h => new Step(h.Kind, h.At, h.Kind == SubmissionStepKind.Rejected && !seesAll ? null : h.Note))
                .ToList();
            var sentOn = DateOnly.FromDateTime(s.SubmittedAt.UtcDateTime);
            return new Model(
                s.Id,
                s.Kind,
                s.Status,
                row.Member.Code,
                row.Member.Name,
                s.AuthorName,
                s.Title,
                s.Language,
                s.Body,
                s.Problem,
                s.ProposedCommitment,
                s.ExpectedResults,
                s.PolicyArea,
                s.Organisation,
                seesAll ? s.RejectionReason : null,
                s.Outcome,
                s.AnswerReason,
                s.AnswerLanguage,
                s.SubmittedAt,
                s.PublishedAt,
                s.AnsweredAt,
                s.EndorsementCount,
                history,
                row.Commitments,
                isAuthor,
                row.EndorsedByMe,
                CanEndorse: userId is { } id && s.CanBeEndorsedBy(id) && !row.EndorsedByMe,
                MemberHasContact: row.MemberHasContact,
                SourceUrl: s.SourceUrl
            )
            {
                ForwardedAt = s.ForwardedAt,
                CanWithdraw = isAuthor && s.CanBeWithdrawn,
                RemovalReason = seesAll ? s.RemovalReason : null,
                ReportedByMe = row.ReportedByMe,
                CanReport = userId is { } reader && s.CanBeReportedBy(reader) && !row.ReportedByMe,
                Campaign = row.SentIn,
                Cycle = s.Cycle,
                CampaignSlug = row.SentIn?.Slug
                    ?? (
                        row.Campaigns.Where(c => c.StartsOn <= sentOn).MaxBy(c => c.StartsOn)
                        ?? row.Campaigns.Where(c => c.StartsOn > sentOn).MinBy(c => c.StartsOn)
                    )?.Slug,
            };
        }
    }
}
