using CoCreation.Domain.Blog;
using CoCreation.Domain.Comments;
using CoCreation.Domain.Notifications;
using CoCreation.Domain.Submissions;

namespace CoCreation.Web.Features.Notifications;

/// <summary>
/// Where the use cases write down what happened to things people follow, and the follows the portal makes for people. Both
/// join the command's unit of work, so a change and its happening commit together; telling the followers is the
/// <see cref="FanOut"/>'s work, later, in the background.
/// </summary>
public sealed class Happenings(PortalDbContext db, CurrentActor actor, TimeProvider clock)
{
    public void Record(
        HappeningKind kind,
        FollowedKind subjectKind,
        long subjectId,
        LocalizedText subjectTitle,
        string link,
        int? memberId = null,
        int? campaignId = null,
        LocalizedText? detail = null,
        Guid? actorId = null
    ) =>
        db.Happenings.Add(
            new Happening(
                kind,
                subjectKind,
                subjectId,
                subjectTitle,
                memberId,
                campaignId,
                actorId ?? actor.UserId,
                detail,
                link,
                clock.GetUtcNow()
            )
        );

    /// <summary>A happening of a member's own record (its timeline, its plan), told to whoever follows the member.</summary>
    public async Task RecordForMemberAsync(
        HappeningKind kind,
        int memberId,
        Func<string, string> link,
        LocalizedText? detail,
        CancellationToken cancellationToken
    )
    {
        var member = await db
            .Members.AsNoTracking()
            .Where(m => m.Id == memberId)
            .Select(m => new { m.Code, m.Name })
            .SingleAsync(cancellationToken);
        Record(kind, FollowedKind.Member, memberId, member.Name, link(member.Code), memberId, detail: detail);
    }

    /// <summary>A follow the portal makes (an author, an endorser, an official); a person already following keeps their follow.</summary>
    public Task FollowForAsync(Guid personId, FollowedKind kind, long subjectId, CancellationToken cancellationToken) =>
        AddFollowAsync(db, personId, kind, subjectId, automatic: true, clock.GetUtcNow(), cancellationToken);

    /// <summary>
    /// Adds a follow, made by the portal (<paramref name="automatic"/>) or by the person's own click; a follow the person
    /// already has stays as it was.
    /// </summary>
    internal static async Task AddFollowAsync(
        PortalDbContext db,
        Guid personId,
        FollowedKind kind,
        long subjectId,
        bool automatic,
        DateTimeOffset at,
        CancellationToken cancellationToken
    ) =>
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO follows (person_id, kind, subject_id, automatic, created_at)
            VALUES ({personId}, {kind.ToString()}, {subjectId}, {automatic}, {at})
            ON CONFLICT DO NOTHING
            """,
            cancellationToken
        );

    /// <summary>The title of a text written in one language, shown as it is in every interface language.</summary>
    public static LocalizedText AsWritten(string text) => new(string.IsNullOrWhiteSpace(text) ? "…" : text);
}

/// <summary>
/// A submission's author follows it from the start; its publication, forwarding (or its wait for a government contact
/// when the member has none yet) and answer are happenings.
/// </summary>
public sealed class SubmissionHappenings(Happenings happenings) : INotificationHandler<SubmissionStepTaken>
{
    public async ValueTask Handle(SubmissionStepTaken notification, CancellationToken cancellationToken)
    {
        var submission = notification.Submission;
        HappeningKind? kind = notification.Step switch
        {
            SubmissionStepKind.Published => HappeningKind.SubmissionPublished,
            SubmissionStepKind.Forwarded => HappeningKind.SubmissionForwarded,
            SubmissionStepKind.AwaitingContact => HappeningKind.SubmissionAwaitingContact,
            SubmissionStepKind.Answered => HappeningKind.SubmissionAnswered,
            _ => null,
        };
        if (notification.Step == SubmissionStepKind.Submitted && submission.AuthorId is { } authorId)
        {
            await happenings.FollowForAsync(authorId, FollowedKind.Submission, submission.Id, cancellationToken);
        }

        if (kind is { } happened)
        {
            happenings.Record(
                happened,
                FollowedKind.Submission,
                submission.Id,
                Happenings.AsWritten(submission.Title),
                Paths.Submission(submission.Id),
                // A wait for a government contact is news to those who follow this submission, not to the whole member's.
                happened == HappeningKind.SubmissionAwaitingContact
                    ? null
                    : submission.MemberId
            );
        }
    }
}

/// <summary>A comment made public is a happening of what it is written on (a timeline's comments are its member's).</summary>
public sealed class CommentHappenings(PortalDbContext db, Happenings happenings) : INotificationHandler<CommentPublished>
{
    public async ValueTask Handle(CommentPublished notification, CancellationToken cancellationToken)
    {
        var comment = notification.Comment;
        if (await Comments.CommentTargets.FindOpenAsync(db, comment.Target, cancellationToken) is not { } facts)
        {
            return;
        }

        var (kind, id, title) = comment.Target.Kind switch
        {
            CommentTargetKind.Submission => (FollowedKind.Submission, comment.Target.Id, Happenings.AsWritten(facts.Title)),
            CommentTargetKind.Commitment => (FollowedKind.Commitment, comment.Target.Id, await CommitmentTitleAsync(comment.Target.Id)),
            _ => (FollowedKind.Member, (long)facts.MemberId, facts.MemberName),
        };
        happenings.Record(
            HappeningKind.CommentPosted,
            kind,
            id,
            title,
            facts.LinkTo(comment.Id),
            facts.MemberId,
            actorId: comment.AuthorId
        );

        async Task<LocalizedText> CommitmentTitleAsync(long commitmentId) =>
            await db.Commitments.AsNoTracking().Where(c => c.Id == commitmentId).Select(c => c.Title).SingleAsync(cancellationToken);
    }
}

/// <summary>A published blog post is a happening of each member it is about, or else of its campaign.</summary>
public sealed class BlogHappenings(PortalDbContext db, Happenings happenings) : INotificationHandler<BlogPostStepTaken>
{
    public async ValueTask Handle(BlogPostStepTaken notification, CancellationToken cancellationToken)
    {
        var post = notification.Post;
        if (notification.Step != BlogPostStepKind.Published)
        {
            return;
        }

        var codes = post.MemberCodes.Select(c => c.ToUpperInvariant()).ToList();
        var members = await db
            .Members.AsNoTracking()
            .Where(m => codes.Contains(m.Code))
            .Select(m => new { m.Id, m.Name })
            .ToListAsync(cancellationToken);
        var title = Happenings.AsWritten(post.Title);
        foreach (var member in members)
        {
            happenings.Record(
                HappeningKind.BlogPostPublished,
                FollowedKind.Member,
                member.Id,
                member.Name,
                Paths.BlogPost(post.Id),
                member.Id,
                post.CampaignId,
                title
            );
        }

        if (members.Count == 0 && post.CampaignId is { } campaignId)
        {
            var campaign = await db
                .Campaigns.AsNoTracking()
                .Where(c => c.Id == campaignId)
                .Select(c => c.Title)
                .SingleAsync(cancellationToken);
            happenings.Record(
                HappeningKind.BlogPostPublished,
                FollowedKind.Campaign,
                campaignId,
                campaign,
                Paths.BlogPost(post.Id),
                campaignId: campaignId,
                detail: title
            );
        }
    }
}
