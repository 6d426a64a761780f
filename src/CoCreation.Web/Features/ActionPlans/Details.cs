using CoCreation.Domain.ActionPlans;

namespace CoCreation.Web.Features.ActionPlans;

/// <summary>A member's published National Action Plan with its commitments (a draft only for those who act for the member).</summary>
public static class Details
{
    [Allow(Audience.Anonymous)]
    public sealed record Query(string Code, string Cycle) : IQuery<Model?>;

    public sealed record Model(
        string Code,
        LocalizedText MemberName,
        string Cycle,
        PlanStatus Status,
        DateTimeOffset? PublishedAt,
        IReadOnlyList<PlanDocument> Documents,
        IReadOnlyList<CommitmentItem> Commitments,
        bool CanEdit,
        IReadOnlyList<LevelPoint> Progress
    );

    /// <summary>How many of the plan's commitments stood at each <see cref="ProgressLevel"/> (in the enum's order) on a date.</summary>
    public sealed record LevelPoint(DateOnly On, IReadOnlyList<int> Counts);

    /// <summary>At most this many points: the ends of the quarters the updates span, the latest ones kept.</summary>
    public const int PointsMax = 12;

    public sealed record CommitmentItem(
        string OgpId,
        LocalizedText Title,
        IReadOnlyList<string> PolicyAreas,
        IReadOnlyList<string> OgpValues,
        string? LeadInstitution,
        CompletionLevel Completion,
        int Submissions,
        int Comments
    );

    public sealed class Handler(PortalDbContext db, CurrentActor actor) : IQueryHandler<Query, Model?>
    {
        public async ValueTask<Model?> Handle(Query query, CancellationToken cancellationToken)
        {
            // The member comes with its plan, in one round trip.
            var found = await db
                .NationalActionPlans.AsNoTracking()
                .Include(p => p.Commitments)
                .Where(p => p.Cycle == query.Cycle)
                .Join(
                    Members.MemberFilter.WithCode(db, query.Code),
                    p => p.MemberId,
                    m => m.Id,
                    (p, m) =>
                        new
                        {
                            Plan = p,
                            m.Code,
                            m.Name,
                        }
                )
                .SingleOrDefaultAsync(cancellationToken);
            if (found is null)
            {
                return null;
            }

            var plan = found.Plan;
            var canEdit = await MemberAuthority.ActsForAsync(db, actor, plan.MemberId, cancellationToken);
            if (plan.PublishedAt is null && !canEdit)
            {
                return null;
            }

            var ids = plan.Commitments.Select(c => c.Id).ToList();
            // The public submissions each came from and its published comments, for every commitment in one round trip.
            var counts = await db
                .Commitments.AsNoTracking()
                .Where(c => ids.Contains(c.Id))
                .Select(c => new
                {
                    c.Id,
                    Submissions = db.Submissions.Count(s =>
                        PublicSubmissions.Statuses.Contains(s.Status) && s.Commitments.Any(sc => sc.CommitmentId == c.Id)
                    ),
                    Comments = PortalDbContext.PublishedCommentCount(nameof(Domain.Comments.CommentTargetKind.Commitment), c.Id),
                })
                .ToDictionaryAsync(c => c.Id, cancellationToken);
            var commitments = plan
                .Commitments.OrderBy(c => c.OgpId)
                .Select(c => new CommitmentItem(
                    c.OgpId,
                    c.Title,
                    c.PolicyAreas,
                    c.OgpValues,
                    c.LeadInstitution,
                    c.Completion,
                    counts.GetValueOrDefault(c.Id)?.Submissions ?? 0,
                    counts.GetValueOrDefault(c.Id)?.Comments ?? 0
                ))
                .ToList();
            var updates = await db
                .ProgressUpdates.AsNoTracking()
                .Where(u => ids.Contains(u.CommitmentId) && u.MilestoneId == null)
                .Select(u => new Update(u.CommitmentId, u.On, u.Id, u.Level))
                .ToListAsync(cancellationToken);
            return new Model(
                found.Code,
                found.Name,
                plan.Cycle,
                plan.Status,
                plan.PublishedAt,
                plan.Documents,
                commitments,
                canEdit,
                LevelsOverTime(ids, updates)
            );
        }

        /// <summary>
        /// At the end of each quarter from the first update to the last, each commitment's level is that of its latest update
        /// on or before that day; a commitment with none yet counts as not started.
        /// </summary>
        internal static List<LevelPoint> LevelsOverTime(IReadOnlyList<int> commitmentIds, IReadOnlyList<Update> updates)
        {
            if (updates.Count == 0)
            {
                return [];
            }

            var levels = Enum.GetValues<ProgressLevel>();
            var ends = new List<DateOnly>();
            var last = updates.Max(u => u.On);
            for (var end = QuarterEnd(updates.Min(u => u.On)); ; end = QuarterEnd(end.AddDays(1)))
            {
                ends.Add(end);
                if (end >= last)
                {
                    break;
                }
            }

            var byCommitment = updates
                .GroupBy(u => u.CommitmentId)
                .ToDictionary(g => g.Key, g => g.OrderBy(u => u.On).ThenBy(u => u.Id).ToList());
            return ends.TakeLast(PointsMax)
                .Select(end =>
                {
                    var counts = new int[levels.Length];
                    foreach (var id in commitmentIds)
                    {
                        var level = byCommitment.TryGetValue(id, out var list) ? list.LastOrDefault(u => u.On <= end)?.Level : null;
                        counts[(int)(level ?? ProgressLevel.NotStarted)]++;
                    }

                    return new LevelPoint(end, counts);
                })
                .ToList();
        }

        private static DateOnly QuarterEnd(DateOnly day)
        {
            var lastMonth = ((day.Month - 1) / 3 * 3) + 3;
            return new DateOnly(day.Year, lastMonth, DateTime.DaysInMonth(day.Year, lastMonth));
        }

        internal sealed record Update(int CommitmentId, DateOnly On, long Id, ProgressLevel Level);
    }
}
