using CoCreation.Domain.Comments;
using CoCreation.Domain.Submissions;

namespace CoCreation.Web.Features.Moderation;

/// <summary>
/// The Support Unit's view across members: how long submissions wait for moderation, which forwarded
/// submissions wait for an answer (by member, with their age), which officials have not answered, and
/// which members have no government contact at all (forwarding to them waits until one is invited).
/// Four database round trips. Staff only.
/// </summary>
public static class Dashboard
{
    [Allow(Audience.SupportUnit)]
    public sealed record Query : IQuery<Model>;

    /// <param name="QueueAges">Waiting for moderation, by age band (<see cref="AgeBands"/>).</param>
    public sealed record Model(
        DateTimeOffset Now,
        int Pending,
        double? OldestPendingDays,
        double? MedianPendingDays,
        IReadOnlyList<int> QueueAges,
        IReadOnlyList<Backlog> Forwarded,
        IReadOnlyList<Official> Officials,
        IReadOnlyList<WithoutContact> WithoutContacts,
        Comments.DialogueFigures Dialogue,
        IReadOnlyList<int> ReminderDays
    );

    /// <summary>A member nobody in government answers for yet: what waits for a contact, what could be forwarded next.</summary>
    public sealed record WithoutContact(string Code, LocalizedText Name, int AwaitingContact, int ToForward, bool Invited);

    /// <summary>Forwarded and not answered yet, for one member.</summary>
    public sealed record Backlog(
        string Code,
        LocalizedText Name,
        int Waiting,
        DateTimeOffset OldestForwardedAt,
        double OldestDays,
        int Officials
    );

    /// <summary>An official with forwarded submissions waiting in the members they answer for.</summary>
    public sealed record Official(
        string Name,
        string Email,
        IReadOnlyList<string> Members,
        int Waiting,
        DateTimeOffset OldestForwardedAt,
        double OldestDays
    )
    {
        /// <summary>The last response-clock reminder sent to them, and its step (days after forwarding).</summary>
        public DateTimeOffset? LastRemindedAt { get; init; }

        public int? LastReminderStep { get; init; }

        /// <summary>One of their submissions still waiting reached the last step: the support unit was told.</summary>
        public bool Escalated { get; init; }
    }

    /// <summary>Upper bounds in days of the queue's age bands; the last band is open.</summary>
    public static readonly IReadOnlyList<int> AgeBands = [1, 3, 7, 30];

    /// <param name="reminders">The reminder schedule (days after forwarding), told beside the officials' table.</param>
    public sealed class Handler(
        PortalDbContext db,
        TimeProvider clock,
        Microsoft.Extensions.Options.IOptions<Submissions.ResponseReminders.Options> reminders
    ) : IQueryHandler<Query, Model>
    {
        public async ValueTask<Model> Handle(Query query, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var pending = (
                await db
                    .Submissions.AsNoTracking()
                    .Where(s => s.Status == SubmissionStatus.Pending)
                    .Select(s => s.SubmittedAt)
                    .ToListAsync(cancellationToken)
            )
                .Select(at => Math.Max(0, (now - at).TotalDays))
                .Order()
                .ToList();
            var bands = new int[AgeBands.Count + 1];
            foreach (var days in pending)
            {
                var band = 0;
                while (band < AgeBands.Count && days >= AgeBands[band])
                {
                    band++;
                }

                bands[band]++;
            }

            var backlog = await db
                .Members.AsNoTracking()
                .Select(m => new
                {
                    m.Id,
                    m.Code,
                    m.Name,
                    Waiting = db.Submissions.Count(s => s.MemberId == m.Id && s.Status == SubmissionStatus.Forwarded),
                    Oldest = db
                        .Submissions.Where(s => s.MemberId == m.Id && s.Status == SubmissionStatus.Forwarded)
                        .Min(s => s.ForwardedAt),
                    // The conversations of every member come in the same round trip.
                    Dialogue = new Comments.DialogueFigures(
                        db.Comments.Count(c => c.MemberId == m.Id && c.Status == CommentStatus.Published),
                        db.ReaderReports.Count(r => db.Comments.Any(c => c.Id == r.CommentId && c.MemberId == m.Id)),
                        db.Comments.Count(c => c.MemberId == m.Id && c.Status == CommentStatus.AwaitingReview),
                        db.Submissions.Count(s => s.MemberId == m.Id && s.Status == SubmissionStatus.Answered),
                        db.Submissions.Count(s =>
                            s.MemberId == m.Id
                            && s.Status == SubmissionStatus.Answered
                            && db.Comments.Any(c =>
                                c.TargetKind == CommentTargetKind.Submission
                                && c.TargetId == s.Id
                                && c.Status == CommentStatus.Published
                                && c.PostedAt > s.AnsweredAt
                            )
                        )
                    ),
                })
                .ToListAsync(cancellationToken);
            var dialogue = Comments.DialogueFigures.Sum(backlog.Select(b => b.Dialogue));
            backlog = backlog.Where(m => m.Waiting > 0).ToList();
            var memberIds = backlog.Select(b => b.Id).ToList();
            var assignments = await (
                from a in db.OfficialAssignments
                join u in db.Users on a.UserId equals u.Id
                where memberIds.Contains(a.MemberId)
                select new
                {
                    u.Id,
                    u.DisplayName,
                    u.Email,
                    a.MemberId,
                    // Who was reminded and when, in the same command (the response clock's reminders).
                    LastReminder = db
                        .ResponseReminders.Where(r => r.OfficialId == u.Id)
                        .OrderByDescending(r => r.SentAt)
                        .ThenByDescending(r => r.Step)
                        .Select(r => new { r.SentAt, r.Step })
                        .FirstOrDefault(),
                    Escalated = db.ResponseReminders.Any(r =>
                        r.OfficialId == u.Id
                        && r.Escalated
                        && db.Submissions.Any(s => s.Id == r.SubmissionId && s.Status == SubmissionStatus.Forwarded)
                    ),
                }
            )
                .AsNoTracking()
                .ToListAsync(cancellationToken);

            var forwarded = backlog
                .Select(b => new Backlog(
                    b.Code,
                    b.Name,
                    b.Waiting,
                    b.Oldest!.Value,
                    Days(now, b.Oldest!.Value),
                    assignments.Count(a => a.MemberId == b.Id)
                ))
                .OrderBy(b => b.OldestForwardedAt)
                .ThenBy(b => b.Code)
                .ToList();
            var officials = assignments
                .GroupBy(a => a.Id)
                .Select(g =>
                {
                    var theirs = backlog.Where(b => g.Any(a => a.MemberId == b.Id)).ToList();
                    var oldest = theirs.Min(b => b.Oldest!.Value);
                    return new Official(
                        g.First().DisplayName,
                        g.First().Email ?? "",
                        theirs.Select(b => b.Code).Order().ToList(),
                        theirs.Sum(b => b.Waiting),
                        oldest,
                        Days(now, oldest)
                    )
                    {
                        LastRemindedAt = g.First().LastReminder?.SentAt,
                        LastReminderStep = g.First().LastReminder?.Step,
                        Escalated = g.First().Escalated,
                    };
                })
                .OrderBy(o => o.OldestForwardedAt)
                .ThenByDescending(o => o.Waiting)
                .ToList();
            var withoutContacts = (
                await db
                    .Members.AsNoTracking()
                    .Where(m => !db.OfficialAssignments.Any(a => a.MemberId == m.Id))
                    .Select(m => new WithoutContact(
                        m.Code,
                        m.Name,
                        db.Submissions.Count(s => s.MemberId == m.Id && s.Status == SubmissionStatus.AwaitingContact),
                        db.Submissions.Count(s =>
                            s.MemberId == m.Id && s.Status == SubmissionStatus.Published && s.Kind != SubmissionKind.HelpRequest
                        ),
                        db.ContactInvitations.Any(i => i.MemberId == m.Id && i.AcceptedAt == null && i.ExpiresAt > now)
                    ))
                    .ToListAsync(cancellationToken)
            )
                .OrderByDescending(m => m.AwaitingContact)
                .ThenByDescending(m => m.ToForward)
                .ThenBy(m => m.Code, StringComparer.Ordinal)
                .ToList();
            return new Model(
                now,
                pending.Count,
                pending.Count == 0 ? null : pending[^1],
                Median(pending),
                bands,
                forwarded,
                officials,
                withoutContacts,
                dialogue,
                reminders.Value.Steps
            );
        }

        private static double Days(DateTimeOffset now, DateTimeOffset at) => Math.Max(0, (now - at).TotalDays);

        private static double? Median(List<double> sorted) =>
            sorted.Count == 0 ? null
            : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2]
            : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
