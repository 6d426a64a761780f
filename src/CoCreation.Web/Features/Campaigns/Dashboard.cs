using CoCreation.Domain.Blog;
using CoCreation.Domain.Campaigns;
using CoCreation.Domain.Comments;
using CoCreation.Domain.Events;
using CoCreation.Domain.Submissions;

namespace CoCreation.Web.Features.Campaigns;

/// <summary>
/// A campaign's participation in figures: the published submissions sent in it (not every submission its
/// members ever received), per member and kind, and how many were answered; registrations to its events; its
/// published blog posts. Three database round trips.
/// </summary>
public static class Dashboard
{
    [Allow(Audience.Anonymous)]
    public sealed record Query(string Slug) : IQuery<Model?>;

    public sealed record Model(
        string Slug,
        LocalizedText Title,
        IReadOnlyList<MemberFigures> Members,
        IReadOnlyList<EventFigures> Events,
        IReadOnlyList<LanguageFigures> BlogPosts,
        Comments.DialogueFigures Dialogue
    )
    {
        public int Submissions => Members.Sum(m => m.Total);

        /// <summary>Published submissions owed an answer (help requests go to the Support Unit).</summary>
        public int OwedAnswer => Members.Sum(m => m.OwedAnswer);

        public int Answered => Members.Sum(m => m.Answered);

        public int? AnsweredPercent => Percent(Answered, OwedAnswer);

        public int Registrations => Events.Sum(e => e.Confirmed + e.Waiting);
    }

    /// <summary>One member's published submissions by kind (in <see cref="Kinds"/> order) and answers.</summary>
    public sealed record MemberFigures(string Code, LocalizedText Name, IReadOnlyList<int> ByKind, int OwedAnswer, int Answered)
    {
        public int Total => ByKind.Sum();

        public int? AnsweredPercent => Percent(Answered, OwedAnswer);
    }

    public sealed record EventFigures(int Id, LocalizedText Title, DateTimeOffset StartsAt, int Confirmed, int Waiting, int? Capacity);

    public sealed record LanguageFigures(string Language, int Posts);

    public static readonly IReadOnlyList<SubmissionKind> Kinds = Enum.GetValues<SubmissionKind>();

    /// <summary>Whole percent rounded down (3 of 4 is 75 %); none when nothing was owed.</summary>
    public static int? Percent(int part, int whole) => whole == 0 ? null : (int)(part * 100L / whole);

    public sealed class Handler(PortalDbContext db) : IQueryHandler<Query, Model?>
    {
        private static readonly SubmissionStatus[] Public = PublicSubmissions.Statuses;

        public async ValueTask<Model?> Handle(Query query, CancellationToken cancellationToken)
        {
            var slug = (query.Slug ?? "").Trim().ToLowerInvariant();
            var campaign = await db
                .Campaigns.AsNoTracking()
                .Where(c => c.Slug == slug)
                .Select(c => new
                {
                    c.Id,
                    c.Slug,
                    c.Title,
                    Events = db
                        .Events.Where(e => e.CampaignId == c.Id && e.CancelledAt == null)
                        .OrderBy(e => e.Schedule.StartsAt)
                        .Select(e => new EventFigures(
                            e.Id,
                            e.Title,
                            e.Schedule.StartsAt,
                            e.Registrations.Count(r => r.Status == RegistrationStatus.Confirmed),
                            e.Registrations.Count(r => r.Status == RegistrationStatus.Waiting),
                            e.Capacity
                        ))
                        .ToList(),
                    Blog = db
                        .BlogPosts.Where(b => b.CampaignId == c.Id && b.Status == BlogPostStatus.Published)
                        .Select(b => b.Language)
                        .ToList(),
                    // The conversations about its members, in the same round trip.
                    Dialogue = new Comments.DialogueFigures(
                        db.Comments.Count(k =>
                            k.Status == CommentStatus.Published
                            && db.Set<CampaignParticipant>().Any(p => p.CampaignId == c.Id && p.MemberId == k.MemberId)
                        ),
                        db.ReaderReports.Count(r =>
                            db.Comments.Any(k =>
                                k.Id == r.CommentId
                                && db.Set<CampaignParticipant>().Any(p => p.CampaignId == c.Id && p.MemberId == k.MemberId)
                            )
                        ),
                        db.Comments.Count(k =>
                            k.Status == CommentStatus.AwaitingReview
                            && db.Set<CampaignParticipant>().Any(p => p.CampaignId == c.Id && p.MemberId == k.MemberId)
                        ),
                        db.Submissions.Count(s =>
                            s.Status == SubmissionStatus.Answered
                            && db.Set<CampaignParticipant>().Any(p => p.CampaignId == c.Id && p.MemberId == s.MemberId)
                        ),
                        db.Submissions.Count(s =>
                            s.Status == SubmissionStatus.Answered
                            && db.Set<CampaignParticipant>().Any(p => p.CampaignId == c.Id && p.MemberId == s.MemberId)
                            && db.Comments.Any(k =>
                                k.TargetKind == CommentTargetKind.Submission
                                && k.TargetId == s.Id
                                && k.Status == CommentStatus.Published
                                && k.PostedAt > s.AnsweredAt
                            )
                        )
                    ),
                })
                .AsSingleQuery()
                .SingleOrDefaultAsync(cancellationToken);
            if (campaign is null)
            {
                return null;
            }

            var members = await CampaignMembers
                .Of(db, campaign.Id)
                .Select(m => new
                {
                    m.Id,
                    m.Code,
                    m.Name,
                })
                .ToListAsync(cancellationToken);
            var counts = await db
                .Submissions.AsNoTracking()
                .Where(s => s.CampaignId == campaign.Id && Public.Contains(s.Status))
                .GroupBy(s => new { s.MemberId, s.Kind })
                .Select(g => new
                {
                    g.Key.MemberId,
                    g.Key.Kind,
                    Count = g.Count(),
                    Answered = g.Count(s => s.Status == SubmissionStatus.Answered),
                })
                .ToListAsync(cancellationToken);

            var figures = members
                .Select(m =>
                {
                    var own = counts.Where(c => c.MemberId == m.Id).ToList();
                    var owed = own.Where(c => c.Kind != SubmissionKind.HelpRequest).ToList();
                    return new MemberFigures(
                        m.Code,
                        m.Name,
                        Kinds.Select(k => own.Where(c => c.Kind == k).Sum(c => c.Count)).ToList(),
                        owed.Sum(c => c.Count),
                        owed.Sum(c => c.Answered)
                    );
                })
                .ToList();
            // Every language posts were written in, the most written first; OGP's working languages always show, even at 0.
            var blog = WorkingLanguages
                .All.Concat(campaign.Blog)
                .Distinct()
                .Select(l => new LanguageFigures(l, campaign.Blog.Count(b => b == l)))
                .OrderByDescending(f => f.Posts)
                .ToList();
            return new Model(campaign.Slug, campaign.Title, figures, campaign.Events, blog, campaign.Dialogue);
        }
    }
}
