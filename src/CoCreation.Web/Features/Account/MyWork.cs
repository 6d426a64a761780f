using CoCreation.Domain.Blog;
using CoCreation.Domain.Submissions;

namespace CoCreation.Web.Features.Account;

/// <summary>
/// What waits for the signed-in official or support unit member, as counts with the lists a link away:
/// submissions to moderate, to answer, comments and submissions readers reported, blog posts to review, members without
/// a government contact.
/// Each count is there only for the people whose work it is (null otherwise). One round trip, since the
/// navigation shows the total on every page staff open — with the unread notifications, so that the header's two
/// counts are one statement too.
/// </summary>
public static class MyWork
{
    [Allow(Audience.Official | Audience.SupportUnit)]
    public sealed record Query : IQuery<Model>;

    /// <param name="ToAnswer">
    /// Officials: forwarded to the members they act for. Support unit: help requests, which it answers itself.
    /// </param>
    /// <param name="Unread">Unread notifications, stopped at <see cref="Notifications.Unread.Most"/> + 1.</param>
    /// <param name="ReportedToReview">Support unit: comments and submissions that readers' reports hid or flagged.</param>
    public sealed record Model(
        int? ToModerate,
        int? ToAnswer,
        int? ReportedToReview,
        int? BlogPostsToReview,
        int? MembersWithoutContact,
        int Unread = 0
    )
    {
        /// <summary>
        /// The header's count: only what staff can work down. Members without a government contact wait for a government
        /// to join, not for a moderator, so they stay on the page and out of the total.
        /// </summary>
        public int Total => (ToModerate ?? 0) + (ToAnswer ?? 0) + (ReportedToReview ?? 0) + (BlogPostsToReview ?? 0);
    }

    public sealed class Handler(PortalDbContext db, CurrentActor actor) : IQueryHandler<Query, Model>
    {
        public async ValueTask<Model> Handle(Query query, CancellationToken cancellationToken)
        {
            var userId = actor.RequireUserId();
            var staff = actor.IsStaff;
            var official = actor.IsInRole(Roles.GovernmentOfficial);

            var waitingComment = Comments.Queue.Waiting;
            var waitingSubmission = Moderation.Reported.Waiting;
            // Read from the person's own row so that every count comes back in one statement.
            var counts = await db
                .Users.AsNoTracking()
                .Where(u => u.Id == userId)
                .Select(u => new
                {
                    Pending = staff ? db.Submissions.Count(s => s.Status == SubmissionStatus.Pending) : 0,
                    HelpRequests = staff
                        ? db.Submissions.Count(s => s.Kind == SubmissionKind.HelpRequest && s.Status == SubmissionStatus.Published)
                        : 0,
                    Forwarded = official
                        ? db.Submissions.Count(s =>
                            s.Status == SubmissionStatus.Forwarded
                            && db.OfficialAssignments.Any(a => a.UserId == u.Id && a.MemberId == s.MemberId)
                        )
                        : 0,
                    Reported = staff ? db.Comments.Count(waitingComment) + db.Submissions.Count(waitingSubmission) : 0,
                    Blog = staff ? db.BlogPosts.Count(p => p.Status == BlogPostStatus.Submitted) : 0,
                    WithoutContact = staff ? db.Members.Count(m => !db.OfficialAssignments.Any(a => a.MemberId == m.Id)) : 0,
                    Unread = db
                        .Notifications.Where(n => n.PersonId == u.Id && n.ReadAt == null)
                        .Take(Notifications.Unread.Most + 1)
                        .Count(),
                })
                .SingleOrDefaultAsync(cancellationToken);
            if (counts is null)
            {
                return new Model(null, null, null, null, null);
            }

            return new Model(
                staff ? counts.Pending : null,
                staff || official ? (staff ? counts.HelpRequests : 0) + (official ? counts.Forwarded : 0) : null,
                staff ? counts.Reported : null,
                staff ? counts.Blog : null,
                staff ? counts.WithoutContact : null,
                counts.Unread
            );
        }
    }
}
