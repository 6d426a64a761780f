using CoCreation.Domain.ActionPlans;
using CoCreation.Domain.Submissions;

namespace CoCreation.Web.Features.Commitments;

/// <summary>
/// A commitment's public page, with the published submissions it came from and its implementation (milestones,
/// progress, revisions, the IRM's assessment): one query for the commitment and which of its lists hold rows, then one
/// per list that does.
/// </summary>
public static class Details
{
    [Allow(Audience.Anonymous)]
    public sealed record Query(string OgpId) : IQuery<Model?>;

    public sealed record Model(
        string OgpId,
        LocalizedText Title,
        string MemberCode,
        LocalizedText MemberName,
        string Cycle,
        PlanStatus PlanStatus,
        string? Problem,
        string? Solution,
        string? HowItHelps,
        string? Relevance,
        IReadOnlyList<string> PolicyAreas,
        IReadOnlyList<string> OgpValues,
        string? LeadInstitution,
        IReadOnlyList<string> SupportingInstitutions,
        DateOnly? StartsOn,
        DateOnly? EndsOn,
        CompletionLevel Completion,
        IReadOnlyList<SubmissionItem> Submissions,
        bool CanEdit,
        ProgressLevel? CurrentLevel,
        IReadOnlyList<MilestoneItem> Milestones,
        IReadOnlyList<ProgressItem> Progress,
        IReadOnlyList<RevisionItem> Revisions,
        IrmAssessment? Irm,
        bool CanAssess
    )
    {
        /// <summary>The commitment's own id: what its conversation hangs under.</summary>
        public int Id { get; init; }
    }

    /// <summary>A milestone with the level of the latest update about it; late when its end has passed and it is not complete.</summary>
    public sealed record MilestoneItem(
        int Id,
        LocalizedText Text,
        DateOnly StartsOn,
        DateOnly EndsOn,
        string? ExpectedOutput,
        ProgressLevel? Level,
        bool Late
    );

    /// <summary>An update, newest first; <see cref="Milestone"/> names the milestone it is about, if any.</summary>
    public sealed record ProgressItem(
        DateOnly On,
        ProgressLevel Level,
        string Text,
        string Language,
        IReadOnlyList<EvidenceLink> Evidence,
        LocalizedText? Milestone
    );

    public sealed record RevisionItem(DateTimeOffset At, CommitmentChange Change, string Subject, IReadOnlyList<string> Fields);

    public sealed record SubmissionItem(long Id, string Title, string Language, string AuthorName, AnswerOutcome? Outcome);

    public sealed class Handler(PortalDbContext db, CurrentActor actor, TimeProvider clock) : IQueryHandler<Query, Model?>
    {
        /// <summary>The assessment's own declaration decides who sees its link, so the page and the command never disagree.</summary>
        private static readonly Audience Assessors = MessageAudience.Of(typeof(ActionPlans.AssessCommitment.Command))!.Value;

        public async ValueTask<Model?> Handle(Query query, CancellationToken cancellationToken)
        {
            var ogpId = (query.OgpId ?? "").ToUpperInvariant();
            var row = await (
                from c in db.Commitments
                join p in db.NationalActionPlans on c.NationalActionPlanId equals p.Id
                join m in db.Members on p.MemberId equals m.Id
                where c.OgpId == ogpId
                select new
                {
                    Commitment = c,
                    p.Cycle,
                    p.Status,
                    p.PublishedAt,
                    m.Code,
                    m.Name,
                    CanEdit = MemberAuthority.MembersActedFor(db, actor).Contains(m.Id),
                    // Most commitments have few of these yet: asked here, so the page reads only the lists that hold rows.
                    HasSubmissions = db.Submissions.Any(s =>
                        PublicSubmissions.Statuses.Contains(s.Status) && s.Commitments.Any(l => l.CommitmentId == c.Id)
                    ),
                    HasMilestones = db.Milestones.Any(x => x.CommitmentId == c.Id),
                    HasUpdates = db.ProgressUpdates.Any(x => x.CommitmentId == c.Id),
                    HasRevisions = db.Set<CommitmentRevision>().Any(x => x.CommitmentId == c.Id),
                }
            )
                .AsNoTracking()
                .SingleOrDefaultAsync(cancellationToken);
            if (row is null)
            {
                return null;
            }

            var canEdit = row.CanEdit;
            if (row.PublishedAt is null && !canEdit)
            {
                return null;
            }

            var commitmentId = row.Commitment.Id;
            List<SubmissionItem> submissions = !row.HasSubmissions
                ? []
                : await db
                    .Submissions.AsNoTracking()
                    .Where(s => PublicSubmissions.Statuses.Contains(s.Status) && s.Commitments.Any(c => c.CommitmentId == commitmentId))
                    .OrderBy(s => s.Id)
                    .Select(s => new SubmissionItem(s.Id, s.Title, s.Language, s.AuthorName, s.Outcome))
                    .ToListAsync(cancellationToken);
            List<Milestone> milestones = !row.HasMilestones
                ? []
                : await db
                    .Milestones.AsNoTracking()
                    .Where(m => m.CommitmentId == commitmentId)
                    .OrderBy(m => m.Order)
                    .ThenBy(m => m.Id)
                    .ToListAsync(cancellationToken);
            List<ProgressUpdate> updates = !row.HasUpdates
                ? []
                : await db
                    .ProgressUpdates.AsNoTracking()
                    .Where(p => p.CommitmentId == commitmentId)
                    .OrderByDescending(p => p.On)
                    .ThenByDescending(p => p.Id)
                    .ToListAsync(cancellationToken);
            List<RevisionItem> revisions = !row.HasRevisions
                ? []
                : await db.Set<CommitmentRevision>()
                    .AsNoTracking()
                    .Where(r => r.CommitmentId == commitmentId)
                    .OrderByDescending(r => r.At)
                    .ThenByDescending(r => r.Id)
                    .Select(r => new RevisionItem(r.At, r.Change, r.Subject, r.Fields))
                    .ToListAsync(cancellationToken);
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            var milestoneItems = milestones
                .Select(m =>
                {
                    var level = updates.FirstOrDefault(u => u.MilestoneId == m.Id)?.Level;
                    return new MilestoneItem(
                        m.Id,
                        m.Text,
                        m.StartsOn,
                        m.EndsOn,
                        m.ExpectedOutput,
                        level,
                        Milestone.IsLate(m.EndsOn, level, today)
                    );
                })
                .ToList();
            var texts = milestones.ToDictionary(m => m.Id, m => m.Text);
            var progress = updates
                .Select(u => new ProgressItem(
                    u.On,
                    u.Level,
                    u.Text,
                    u.Language,
                    u.Evidence,
                    u.MilestoneId is { } id ? texts.GetValueOrDefault(id) : null
                ))
                .ToList();
            var found = row.Commitment;
            return new Model(
                found.OgpId,
                found.Title,
                row.Code,
                row.Name,
                row.Cycle,
                row.Status,
                found.Problem,
                found.Solution,
                found.HowItHelps,
                found.Relevance,
                found.PolicyAreas,
                found.OgpValues,
                found.LeadInstitution,
                found.SupportingInstitutions,
                found.StartsOn,
                found.EndsOn,
                found.Completion,
                submissions,
                canEdit,
                updates.FirstOrDefault(u => u.MilestoneId is null)?.Level,
                milestoneItems,
                progress,
                revisions,
                found.Irm,
                Assessors.Admits(actor)
            )
            {
                Id = found.Id,
            };
        }
    }
}
