using CoCreation.Domain.ActionPlans;
using CoCreation.Domain.Timelines;

namespace CoCreation.Web.Features.Members;

/// <summary>
/// A member's evidence pack for the IRM: its published co-creation timeline (revisions and the two-weeks proof), its forum
/// (composition and meetings), every published submission with its reasoned response, every commitment of its
/// published plans with milestones
/// and dated progress and the IRM's assessment, and its scorecard. The timeline and the scorecard are their own pages' queries;
/// the rest is read list by list (a fixed number of round trips, whatever the number of commitments or submissions).
/// </summary>
public static class Evidence
{
    /// <summary>
    /// How many submissions the page lists, newest first: a member with hundreds would make the page's HTML heavier than
    /// QUALITY.md's 50 KB. The page gives the counts and links the full list (filtered by the member) and the ZIP, which
    /// holds every one.
    /// </summary>
    public const int SubmissionsShown = 20;

    /// <param name="SubmissionsListed">
    /// How many of the newest submissions the model holds: the page's <see cref="SubmissionsShown"/>; none for the download,
    /// which streams them itself instead of holding them.
    /// </param>
    [Allow(Audience.Anonymous)]
    public sealed record Query(string Code, int SubmissionsListed = SubmissionsShown) : IQuery<Model?>;

    /// <summary>How many submissions of the member are published, and how many of them have their reasoned response.</summary>
    public sealed record SubmissionCounts(int Published, int Answered);

    public sealed record Model(
        string Code,
        LocalizedText Name,
        Timelines.Details.TimelineView? Timeline,
        Scorecards.ForMember.Model Scorecard,
        Forums.Details.Model? Forum,
        IReadOnlyList<CommitmentItem> Commitments,
        IReadOnlyList<OpenData.SubmissionRow> Submissions,
        SubmissionCounts SubmissionCount
    )
    {
        /// <summary>The page lists only the newest of the member's submissions; the full list and the ZIP have them all.</summary>
        public bool SubmissionsCut => Submissions.Count < SubmissionCount.Published;

        /// <summary>The forum's meetings: the forum-kind activities of the timeline, oldest first.</summary>
        public IReadOnlyList<Timelines.Details.ActivityView> ForumMeetings =>
            Timeline is null ? [] : [.. Timeline.Activities.Where(a => a.Kind == ActivityKind.ForumMeeting).OrderBy(a => a.StartsAt)];
    }

    /// <param name="Submissions">The published submissions it came from.</param>
    /// <param name="Progress">Newest first.</param>
    public sealed record CommitmentItem(
        int Id,
        string OgpId,
        string Cycle,
        LocalizedText Title,
        CompletionLevel Completion,
        DateOnly? StartsOn,
        DateOnly? EndsOn,
        string? LeadInstitution,
        IrmAssessment? Irm,
        IReadOnlyList<long> Submissions,
        IReadOnlyList<MilestoneItem> Milestones,
        IReadOnlyList<ProgressItem> Progress
    );

    public sealed record MilestoneItem(int Id, LocalizedText Text, DateOnly StartsOn, DateOnly EndsOn, string? ExpectedOutput);

    /// <param name="MilestoneId">Null for an update about the whole commitment.</param>
    public sealed record ProgressItem(
        long Id,
        int? MilestoneId,
        DateOnly On,
        ProgressLevel Level,
        string Text,
        string Language,
        IReadOnlyList<EvidenceLink> Evidence
    );

    public sealed class Handler(PortalDbContext db, ISender sender) : IQueryHandler<Query, Model?>
    {
        public async ValueTask<Model?> Handle(Query query, CancellationToken cancellationToken)
        {
            var code = (query.Code ?? "").Trim().ToUpperInvariant();
            var scorecard = await sender.Send(new Scorecards.ForMember.Query(code), cancellationToken);
            if (scorecard is null)
            {
                return null;
            }

            var timeline = (await sender.Send(new Timelines.Details.Query(code), cancellationToken))?.Timeline;
            var forum = await sender.Send(new Forums.Details.Query(code), cancellationToken);
            var commitments = await (
                from c in db.Commitments
                join p in db.NationalActionPlans on c.NationalActionPlanId equals p.Id
                join m in db.Members on p.MemberId equals m.Id
                where m.Code == code && p.PublishedAt != null
                orderby p.Cycle descending, c.OgpId
                // What hangs on each commitment is read below and added to its item.
                select new CommitmentItem(
                    c.Id,
                    c.OgpId,
                    p.Cycle,
                    c.Title,
                    c.Completion,
                    c.StartsOn,
                    c.EndsOn,
                    c.LeadInstitution,
                    c.Irm,
                    Array.Empty<long>(),
                    Array.Empty<MilestoneItem>(),
                    Array.Empty<ProgressItem>()
                )
            )
                .AsNoTracking()
                .ToListAsync(cancellationToken);
            var ids = commitments.Select(c => c.Id).ToList();

            // What hangs on the commitments, one list a trip; a member without published commitments costs none of these trips.
            async Task<List<T>> OfTheCommitmentsAsync<T>(IQueryable<T> rows) =>
                ids.Count == 0 ? [] : await rows.ToListAsync(cancellationToken);

            var milestones = await OfTheCommitmentsAsync(
                db.Milestones.AsNoTracking()
                    .Where(m => ids.Contains(m.CommitmentId))
                    .OrderBy(m => m.Order)
                    .ThenBy(m => m.Id)
                    .Select(m => new { m.CommitmentId, Item = new MilestoneItem(m.Id, m.Text, m.StartsOn, m.EndsOn, m.ExpectedOutput) })
            );
            var updates = await OfTheCommitmentsAsync(
                db.ProgressUpdates.AsNoTracking()
                    .Where(u => ids.Contains(u.CommitmentId))
                    .OrderByDescending(u => u.On)
                    .ThenByDescending(u => u.Id)
                    .Select(u => new
                    {
                        u.CommitmentId,
                        Item = new ProgressItem(u.Id, u.MilestoneId, u.On, u.Level, u.Text, u.Language, u.Evidence),
                    })
            );
            var links = await OfTheCommitmentsAsync(
                db.Submissions.AsNoTracking()
                    .Where(PublicSubmissions.Condition)
                    .SelectMany(s => s.Commitments)
                    .Where(l => ids.Contains(l.CommitmentId))
                    .OrderBy(l => l.SubmissionId)
                    .Select(l => new { l.CommitmentId, l.SubmissionId })
            );
            var milestonesOf = milestones.ToLookup(m => m.CommitmentId, m => m.Item);
            var updatesOf = updates.ToLookup(u => u.CommitmentId, u => u.Item);
            var submissionsOf = links.ToLookup(l => l.CommitmentId, l => l.SubmissionId);
            var items = commitments
                .Select(c =>
                    c with
                    {
                        Submissions = [.. submissionsOf[c.Id]],
                        Milestones = [.. milestonesOf[c.Id]],
                        Progress = [.. updatesOf[c.Id]],
                    }
                )
                .ToList();
            var filter = new Submissions.Index.Query { Member = code };
            List<OpenData.SubmissionRow> submissions =
                query.SubmissionsListed > 0
                    ? await sender
                        .CreateStream(new Submissions.Export.Query(Limit: query.SubmissionsListed) { Filter = filter }, cancellationToken)
                        .ToListAsync(cancellationToken)
                    : [];
            var counts = await Submissions
                .Index.Filtered(db, filter)
                .GroupBy(_ => 1)
                .Select(g => new SubmissionCounts(g.Count(), g.Count(s => s.Status == Domain.Submissions.SubmissionStatus.Answered)))
                .FirstOrDefaultAsync(cancellationToken);
            return new Model(scorecard.Code, scorecard.Name, timeline, scorecard, forum, items, submissions, counts ?? new(0, 0));
        }
    }
}
