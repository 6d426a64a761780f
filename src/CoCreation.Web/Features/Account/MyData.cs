using CoCreation.Domain.Blog;
using CoCreation.Domain.Events;
using CoCreation.Domain.Submissions;
using Microsoft.AspNetCore.Identity;

namespace CoCreation.Web.Features.Account;

/// <summary>
/// "Download all my data" (QUALITY.md, privacy): everything the portal holds about the signed-in person —
/// the account, every submission they sent in any state with its answer, their endorsements, event
/// registrations (by account or by their email), newsletter subscriptions to their email, blog posts they
/// wrote, and what the audit trail recorded of their own actions. Nobody else's data: only what is keyed to
/// their account id or their email address.
/// </summary>
public static class MyData
{
    [Allow(Audience.Participant)]
    public sealed record Query : IQuery<Model>;

    public sealed record Model(
        AccountData Account,
        IReadOnlyList<SubmissionData> Submissions,
        IReadOnlyList<EndorsementData> Endorsements,
        IReadOnlyList<RegistrationData> EventRegistrations,
        IReadOnlyList<SubscriptionData> NewsletterSubscriptions,
        IReadOnlyList<BlogPostData> BlogPosts,
        IReadOnlyList<ActionData> Actions,
        IReadOnlyList<FollowData> Follows,
        IReadOnlyList<NotificationData> Notifications,
        string? NotificationEmail
    );

    public sealed record FollowData(string Kind, long Id, bool Automatic, DateTimeOffset Since);

    public sealed record NotificationData(
        string What,
        string Title,
        string Link,
        DateTimeOffset At,
        DateTimeOffset? ReadAt,
        DateTimeOffset? EmailedAt
    );

    public sealed record AccountData(
        Guid Id,
        string Email,
        bool EmailConfirmed,
        string DisplayName,
        string? Organisation,
        string PreferredLanguage,
        DateTimeOffset CreatedAt,
        bool TwoFactorEnabled,
        IReadOnlyList<string> Roles
    );

    public sealed record SubmissionData(
        long Id,
        SubmissionKind Kind,
        SubmissionStatus Status,
        string MemberCode,
        string AuthorName,
        string? Organisation,
        string Language,
        string Title,
        string? Body,
        string? Problem,
        string? ProposedCommitment,
        string? ExpectedResults,
        string? PolicyArea,
        DateTimeOffset SubmittedAt,
        DateTimeOffset? PublishedAt,
        string? RejectionReason,
        AnswerOutcome? Outcome,
        string? AnswerReason,
        DateTimeOffset? AnsweredAt,
        int EndorsementCount
    );

    public sealed record EndorsementData(long SubmissionId, string SubmissionTitle, DateTimeOffset At);

    public sealed record RegistrationData(
        int EventId,
        LocalizedText EventTitle,
        string Name,
        string Email,
        RegistrationStatus Status,
        DateTimeOffset RegisteredAt,
        DateTimeOffset? CancelledAt
    );

    public sealed record SubscriptionData(string Email, string Language, DateTimeOffset ConfirmedAt, DateTimeOffset? UnsubscribedAt);

    public sealed record BlogPostData(
        long Id,
        string Title,
        string Summary,
        string Body,
        string Language,
        BlogPostStatus Status,
        string? DeclineReason,
        DateTimeOffset CreatedAt,
        DateTimeOffset UpdatedAt
    );

    public sealed record ActionData(DateTimeOffset At, string Action, string EntityType, string EntityId);

    public sealed class Handler(PortalDbContext db, UserManager<PortalUser> users, CurrentActor actor) : IQueryHandler<Query, Model>
    {
        public async ValueTask<Model> Handle(Query query, CancellationToken cancellationToken)
        {
            var id = actor.RequireUserId();
            var user = await users.FindByIdAsync(id.ToString()) ?? throw new UnauthorizedAccessException();
            var email = user.Email ?? "";
            var account = new AccountData(
                user.Id,
                email,
                user.EmailConfirmed,
                user.DisplayName,
                user.Organisation,
                user.PreferredLanguage,
                user.CreatedAt,
                user.TwoFactorEnabled,
                [.. await users.GetRolesAsync(user)]
            );

            var submissions = await db
                .Submissions.AsNoTracking()
                .Where(s => s.AuthorId == id)
                .OrderBy(s => s.SubmittedAt)
                .ThenBy(s => s.Id)
                .Join(
                    db.Members,
                    s => s.MemberId,
                    m => m.Id,
                    (s, m) =>
                        new SubmissionData(
                            s.Id,
                            s.Kind,
                            s.Status,
                            m.Code,
                            s.AuthorName,
                            s.Organisation,
                            s.Language,
                            s.Title,
                            s.Body,
                            s.Problem,
                            s.ProposedCommitment,
                            s.ExpectedResults,
                            s.PolicyArea,
                            s.SubmittedAt,
                            s.PublishedAt,
                            s.RejectionReason,
                            s.Outcome,
                            s.AnswerReason,
                            s.AnsweredAt,
                            s.EndorsementCount
                        )
                )
                .ToListAsync(cancellationToken);
            var endorsements = await db
                .Endorsements.AsNoTracking()
                .Where(e => e.UserId == id)
                .OrderBy(e => e.At)
                .Join(db.Submissions, e => e.SubmissionId, s => s.Id, (e, s) => new EndorsementData(s.Id, s.Title, e.At))
                .ToListAsync(cancellationToken);
            var registrations = await (
                from r in AccountRules.RegistrationsOf(db, id, email).AsNoTracking()
                join e in db.Events on r.EventId equals e.Id
                orderby r.RegisteredAt
                select new RegistrationData(e.Id, e.Title, r.Registrant.Name, r.Registrant.Email, r.Status, r.RegisteredAt, r.CancelledAt)
            ).ToListAsync(cancellationToken);
            var subscriptions = await db
                .Subscribers.AsNoTracking()
                .Where(s => s.Email.ToLower() == email.ToLower())
                .OrderBy(s => s.ConfirmedAt)
                .Select(s => new SubscriptionData(s.Email, s.Language, s.ConfirmedAt, s.UnsubscribedAt))
                .ToListAsync(cancellationToken);
            var posts = await db
                .BlogPosts.AsNoTracking()
                .Where(p => p.AuthorId == id)
                .OrderBy(p => p.CreatedAt)
                .Select(p => new BlogPostData(
                    p.Id,
                    p.Title,
                    p.Summary,
                    p.Body,
                    p.Language,
                    p.Status,
                    p.DeclineReason,
                    p.CreatedAt,
                    p.UpdatedAt
                ))
                .ToListAsync(cancellationToken);
            var actions = await db
                .AuditEntries.AsNoTracking()
                .Where(a => a.ActorId == id)
                .OrderBy(a => a.At)
                .ThenBy(a => a.Id)
                .Select(a => new ActionData(a.At, a.Action, a.EntityType, a.EntityId))
                .ToListAsync(cancellationToken);
            var follows = await db
                .Follows.AsNoTracking()
                .Where(f => f.PersonId == id)
                .OrderBy(f => f.CreatedAt)
                .Select(f => new FollowData(f.Kind.ToString(), f.SubjectId, f.Automatic, f.CreatedAt))
                .ToListAsync(cancellationToken);
            var notifications = await (
                from n in db.Notifications.AsNoTracking()
                where n.PersonId == id
                join h in db.Happenings on n.HappeningId equals h.Id
                orderby n.Id
                select new NotificationData(h.Kind.ToString(), h.SubjectTitle.En, h.Link, n.CreatedAt, n.ReadAt, n.EmailedAt)
            ).ToListAsync(cancellationToken);
            var emailChoice = await db
                .NotificationSettings.AsNoTracking()
                .Where(s => s.PersonId == id)
                .Select(s => s.Email.ToString())
                .SingleOrDefaultAsync(cancellationToken);
            return new Model(
                account,
                submissions,
                endorsements,
                registrations,
                subscriptions,
                posts,
                actions,
                follows,
                notifications,
                emailChoice
            );
        }
    }
}
