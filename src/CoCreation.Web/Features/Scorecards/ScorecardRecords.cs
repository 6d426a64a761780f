using CoCreation.Domain.Forums;
using CoCreation.Domain.Members;
using CoCreation.Domain.Scorecards;
using CoCreation.Domain.Submissions;
using CoCreation.Domain.Timelines;
using CoCreation.Web.Infrastructure;

namespace CoCreation.Web.Features.Scorecards;

/// <summary>
/// Reads members' published records for the scorecard in two round trips whatever the number of members:
/// the members with their published timelines (activities, revisions), plans and their officials' edits of
/// their forums, then the published submissions of the period. <see cref="ForMember"/> and <see cref="Index"/>
/// (and the exports and API that send them) share it.
/// </summary>
internal static class ScorecardRecords
{
    private static readonly SubmissionStatus[] Public = PublicSubmissions.Statuses;

    // The dated lists (revisions, progress, forum edits) come as PostgreSQL arrays, one value per row of their owner: as
    // joined rows they multiplied the member's other collections (10 s for one member page on the bench's data).
    private static readonly DateTimeOffset[] NoDates = [];

    // The entity types the forum's edits are audited under (Features/Forums).
    private const string ForumEntity = nameof(MultiStakeholderForum);
    private const string ForumMemberEntity = nameof(ForumMember);
    private const string ForumDecisionEntity = nameof(ForumDecision);

    public static ScorecardThresholds Thresholds(PortalOptions options) =>
        new(
            options.Scorecard.ForumMonthsBetweenMeetings,
            options.Scorecard.RepositoryUpdatesPerYear,
            options.Timelines.MinimumDaysBeforeFirstActivity,
            options.Scorecard.AnsweredPercent,
            options.Scorecard.ImplementationMeetings
        );

    /// <summary>
    /// The chosen members (at most <paramref name="limit"/>, alphabetical by code) with their published
    /// timelines and plans, in one round trip. <paramref name="withClock"/>: also the response clock (the median
    /// answer time and the longest wait), which only a member's own page shows — left out of the SQL (a constant
    /// false) for the directory, the API and the exports, where it would cost two subqueries per member for nothing.
    /// </summary>
    public static Task<List<MemberRecord>> MembersAsync(
        PortalDbContext db,
        IQueryable<Member> chosen,
        int? limit,
        bool withClock,
        CancellationToken cancellationToken
    ) =>
        (limit is { } most ? chosen.OrderBy(m => m.Code).Take(most) : chosen.OrderBy(m => m.Code))
            .AsNoTracking()
            .Select(m => new MemberRecord(
                m.Id,
                m.Code,
                m.Name,
                m.Region,
                m.UpdatedAt,
                db.Timelines.Where(t => t.MemberId == m.Id && t.PublishedAt != null)
                    .Select(t => new TimelineRow(
                        t.Id,
                        t.Cycle,
                        t.PublishedAt!.Value,
                        t.Activities.Select(a => new ActivityFact(a.Id, a.Kind, a.Title, a.StartsAt, a.CancelledAt != null)).ToList(),
                        t.Revisions.GroupBy(r => r.TimelineId).Select(g => EF.Functions.ArrayAgg(g.Select(r => r.At))).FirstOrDefault()
                            ?? NoDates
                    ))
                    .ToList(),
                db.NationalActionPlans.Where(p => p.MemberId == m.Id && p.PublishedAt != null)
                    .Select(p => new PlanRow(p.Id, p.Cycle, p.PublishedAt!.Value))
                    .ToList(),
                db.Commitments.Where(c =>
                        c.MemberId == m.Id && db.NationalActionPlans.Any(p => p.Id == c.NationalActionPlanId && p.PublishedAt != null)
                    )
                    .Select(c => new CommitmentRow(
                        c.NationalActionPlanId,
                        c.OgpId,
                        c.Title,
                        c.Progress.GroupBy(u => u.CommitmentId)
                            .Select(g => EF.Functions.ArrayAgg(g.Select(u => u.RecordedAt)))
                            .FirstOrDefault()
                            ?? NoDates,
                        c.Revisions.GroupBy(r => r.CommitmentId).Select(g => EF.Functions.ArrayAgg(g.Select(r => r.At))).FirstOrDefault()
                            ?? NoDates
                    ))
                    .ToList(),
                db.Submissions.Where(s => s.MemberId == m.Id && s.Status == SubmissionStatus.Answered).Max(s => s.AnsweredAt),
                // A member with no published timeline or plan (a country implementing a plan made before the portal) is
                // scored on the cycle it is in.
                m.CurrentCycle
                    ?? db.Timelines.Select(t => t.Cycle).Concat(db.NationalActionPlans.Select(p => p.Cycle)).Max()
            )
            {
                // When the member's officials edited its forum's record (issue 22 item 6): every audited edit of its rules,
                // members and decisions by someone acting for the member, never the support unit's. The audit trail is the
                // only dated history of those edits (the forum keeps its last change only); a removed forum member no longer
                // says which forum it sat on.
                ForumEdits = db.AuditEntries.Where(a =>
                        (a.EntityType == ForumEntity || a.EntityType == ForumMemberEntity || a.EntityType == ForumDecisionEntity)
                        && db.OfficialAssignments.Any(o => o.MemberId == m.Id && o.UserId == a.ActorId)
                        && db.Forums.Any(f =>
                            f.MemberId == m.Id
                            && (
                                (a.EntityType == ForumEntity && f.Id.ToString() == a.EntityId)
                                || (
                                    a.EntityType == ForumMemberEntity
                                    && db.ForumMembers.Any(x => x.ForumId == f.Id && x.Id.ToString() == a.EntityId)
                                )
                                || (
                                    a.EntityType == ForumDecisionEntity
                                    && db.ForumDecisions.Any(x => x.ForumId == f.Id && x.Id.ToString() == a.EntityId)
                                )
                            )
                        )
                    )
                    .GroupBy(a => true)
                    .Select(g => EF.Functions.ArrayAgg(g.Select(a => a.At)))
                    .FirstOrDefault()
                    ?? NoDates,
                // The response clock, in the same command: PostgreSQL's median over the member's answers, and the longest wait.
                Clock = db.ResponseTimesOf(m.Id)
                    .Where(r => EF.Constant(withClock))
                    .Select(r => new ClockRow(r.Answered, r.MedianDays, r.Waiting))
                    .FirstOrDefault(),
                OldestWaiting = db
                    .Submissions.Where(s => EF.Constant(withClock) && s.MemberId == m.Id && s.Status == SubmissionStatus.Forwarded)
                    .OrderBy(s => s.ForwardedAt)
                    .ThenBy(s => s.Id)
                    .Select(s => new WaitingRow(s.Id, s.Title, s.Language, s.ForwardedAt!.Value))
                    .FirstOrDefault(),
            })
            .AsSingleQuery()
            .ToListAsync(cancellationToken);

    /// <summary>
    /// Published submissions owed an answer (help requests go to the Support Unit) of the members, published between
    /// <paramref name="from"/> and <paramref name="to"/>. <paramref name="withDialogue"/>: also whether each answered one went
    /// on in dialogue (a published comment after the answer) — the member's own scorecard shows it beside the answer rate
    /// (issue 20: figures, not a rule); a constant false in the SQL for the directory.
    /// </summary>
    public static Task<List<SubmissionRow>> SubmissionsAsync(
        PortalDbContext db,
        IReadOnlyCollection<int> memberIds,
        DateTimeOffset from,
        DateTimeOffset to,
        bool withTitles,
        bool withDialogue,
        CancellationToken cancellationToken
    ) =>
        db
            .Submissions.AsNoTracking()
            .Where(s =>
                memberIds.Contains(s.MemberId)
                && Public.Contains(s.Status)
                && s.Kind != SubmissionKind.HelpRequest
                && s.PublishedAt >= from
                && s.PublishedAt < to
            )
            .Select(s => new SubmissionRow(
                s.MemberId,
                new SubmissionFact(
                    s.Id,
                    withTitles ? s.Title : null,
                    s.PublishedAt!.Value,
                    s.Status == SubmissionStatus.Answered ? s.AnsweredAt : null
                ),
                EF.Constant(withDialogue)
                    && s.Status == SubmissionStatus.Answered
                    && db.Comments.Any(c =>
                        c.TargetKind == Domain.Comments.CommentTargetKind.Submission
                        && c.TargetId == s.Id
                        && c.Status == Domain.Comments.CommentStatus.Published
                        && c.PostedAt > s.AnsweredAt
                    )
            ))
            .ToListAsync(cancellationToken);

    /// <summary>
    /// The cycles a member's scorecard can show: its timelines' and plans' cycles, else the member's current cycle, else the latest
    /// cycle of the portal, else the one starting this year.
    /// </summary>
    public static IReadOnlyList<string> Cycles(MemberRecord member, DateTimeOffset now)
    {
        var own = member.Timelines.Select(t => t.Cycle).Concat(member.Plans.Select(p => p.Cycle)).Distinct().OrderDescending().ToList();
        return own.Count > 0 ? own
            : member.PortalLatestCycle is { } latest ? [latest]
            : [$"{now.Year}-{now.Year + 2}"];
    }

    /// <summary>The record of <paramref name="member"/> for <paramref name="period"/>, given its submissions of the period.</summary>
    public static ScorecardRecord Record(MemberRecord member, CyclePeriod period, IEnumerable<SubmissionFact> submissions)
    {
        var published = submissions.ToList();
        var timeline = member.Timelines.Find(t => t.Cycle == period.Cycle);
        var plan = member.Plans.Find(p => p.Cycle == period.Cycle);
        var updates = new List<UpdateFact> { new(EvidenceKind.MemberPage, member.Id, member.UpdatedAt) };
        foreach (var t in member.Timelines)
        {
            updates.Add(new UpdateFact(EvidenceKind.Timeline, t.Id, t.PublishedAt));
            updates.AddRange(t.Revisions.Select(at => new UpdateFact(EvidenceKind.Timeline, t.Id, at)));
        }

        updates.AddRange(member.Plans.Select(p => new UpdateFact(EvidenceKind.Plan, p.Id, p.PublishedAt)));
        foreach (var c in member.Commitments)
        {
            updates.AddRange(c.ProgressAt.Select(at => new UpdateFact(EvidenceKind.Progress, 0, at, c.Title, c.OgpId)));
            updates.AddRange(c.RevisedAt.Select(at => new UpdateFact(EvidenceKind.Commitment, 0, at, c.Title, c.OgpId)));
        }

        updates.AddRange(member.ForumEdits.Select(at => new UpdateFact(EvidenceKind.Forum, member.Id, at)));

        // Only what the member's government published counts: a moderator publishing a citizen's submission does not
        // make a silent government look up to date, but its answers do.
        updates.AddRange(
            published
                .Where(s => s.AnsweredAt is not null)
                .Select(s => new UpdateFact(
                    EvidenceKind.Answer,
                    s.Id,
                    s.AnsweredAt!.Value,
                    s.Title is null ? null : new LocalizedText(s.Title)
                ))
        );

        // The latest answer outside the period still dates the page's last update.
        if (member.LastAnsweredAt is { } latest && !period.Contains(latest))
        {
            updates.Add(new UpdateFact(EvidenceKind.MemberPage, member.Id, latest));
        }

        var first = timeline?.Activities.Where(a => !a.Cancelled).MinBy(a => a.StartsAt);
        return new ScorecardRecord(
            period,
            member.Timelines.SelectMany(t => t.Activities).ToList(),
            timeline is null ? null : new TimelineFact(timeline.Id, timeline.PublishedAt, first),
            plan?.PublishedAt,
            plan?.Id,
            updates,
            published,
            plan is null
                ? []
                : member
                    .Commitments.Where(c => c.PlanId == plan.Id)
                    .Select(c => new CommitmentFact(c.OgpId, c.Title, c.ProgressAt))
                    .ToList()
        );
    }
}

internal sealed record MemberRecord(
    int Id,
    string Code,
    LocalizedText Name,
    Domain.Members.Region Region,
    DateTimeOffset UpdatedAt,
    List<TimelineRow> Timelines,
    List<PlanRow> Plans,
    List<CommitmentRow> Commitments,
    DateTimeOffset? LastAnsweredAt,
    string? PortalLatestCycle
)
{
    public ClockRow? Clock { get; init; }

    public WaitingRow? OldestWaiting { get; init; }

    /// <summary>When the member's officials edited its forum's record (rules, members, decisions).</summary>
    public IReadOnlyList<DateTimeOffset> ForumEdits { get; init; } = [];

    /// <summary>The response clock as pages show it (all cycles: how this government answers now).</summary>
    public ResponseTimesSummary ResponseTimes => new(Clock?.Answered ?? 0, Clock?.MedianDays, Clock?.Waiting ?? 0, OldestWaiting);
}

/// <summary>How many forwarded submissions were answered, the median days the answers took, how many wait.</summary>
internal sealed record ClockRow(long Answered, double? MedianDays, long Waiting);

internal sealed record TimelineRow(
    int Id,
    string Cycle,
    DateTimeOffset PublishedAt,
    List<ActivityFact> Activities,
    IReadOnlyList<DateTimeOffset> Revisions
);

internal sealed record PlanRow(int Id, string Cycle, DateTimeOffset PublishedAt);

/// <summary>A commitment of a published plan: when its progress was reported and when it was revised.</summary>
internal sealed record CommitmentRow(
    int PlanId,
    string OgpId,
    LocalizedText Title,
    IReadOnlyList<DateTimeOffset> ProgressAt,
    IReadOnlyList<DateTimeOffset> RevisedAt
);

/// <param name="ContinuedInDialogue">Answered, and a published comment came after the answer.</param>
internal sealed record SubmissionRow(int MemberId, SubmissionFact Fact, bool ContinuedInDialogue);

/// <summary>A forwarded submission waiting for its answer.</summary>
public sealed record WaitingRow(long Id, string Title, string Language, DateTimeOffset ForwardedAt);

/// <summary>
/// The response clock of a member: of what was forwarded to its government, how many were answered and the median days
/// from forwarding to answer, how many wait and the one that has waited longest.
/// </summary>
public sealed record ResponseTimesSummary(long Answered, double? MedianDays, long Waiting, WaitingRow? OldestWaiting);
