using CoCreation.Domain.Submissions;

namespace CoCreation.Web.Features.Moderation;

/// <summary>
/// The support unit's queue of reported submissions, beside the reported comments: those hidden by readers' reports and
/// those still read by all with reports not yet reviewed; oldest first, each with its reports.
/// </summary>
public static class Reported
{
    public const int PageSize = 100;

    [Allow(Audience.SupportUnit)]
    public sealed record Query(long? Id = null) : IQuery<Model>;

    /// <param name="Total">Submissions waiting (the list shows the first <see cref="PageSize"/>).</param>
    public sealed record Model(IReadOnlyList<Item> Items, int Total);

    /// <param name="StatusBeforeReview">Where a hidden one stood before, and goes back to when restored.</param>
    public sealed record Item(
        long Id,
        string Title,
        string Language,
        SubmissionKind Kind,
        SubmissionStatus Status,
        SubmissionStatus? StatusBeforeReview,
        string AuthorName,
        string MemberCode,
        LocalizedText MemberName,
        DateTimeOffset SubmittedAt,
        int OpenReports,
        IReadOnlyList<Comments.Queue.ReportItem> Reports
    )
    {
        public bool Hidden => Status == SubmissionStatus.UnderReview;
    }

    public sealed class Handler(PortalDbContext db) : IQueryHandler<Query, Model>
    {
        public async ValueTask<Model> Handle(Query query, CancellationToken cancellationToken)
        {
            var waiting = db
                .Submissions.AsNoTracking()
                .Where(s =>
                    s.Status == SubmissionStatus.UnderReview || (PublicSubmissions.Statuses.Contains(s.Status) && s.OpenReports > 0)
                );
            if (query.Id is { } id)
            {
                waiting = waiting.Where(s => s.Id == id);
            }

            var items = await waiting
                .OrderBy(s => s.SubmittedAt)
                .ThenBy(s => s.Id)
                .Take(PageSize)
                .Select(s => new Item(
                    s.Id,
                    s.Title,
                    s.Language,
                    s.Kind,
                    s.Status,
                    s.StatusBeforeReview,
                    s.AuthorName,
                    db.Members.Where(m => m.Id == s.MemberId).Select(m => m.Code).Single(),
                    db.Members.Where(m => m.Id == s.MemberId).Select(m => m.Name).Single(),
                    s.SubmittedAt,
                    s.OpenReports,
                    // Every report, newest first: those a restore settled still tell the story.
                    db.ReaderReports.Where(r => r.SubmissionId == s.Id)
                        .OrderByDescending(r => r.At)
                        .Select(r => new Comments.Queue.ReportItem(
                            r.Reason,
                            r.Text,
                            db.Users.Where(u => u.Id == r.ReporterId).Select(u => u.DisplayName).Single(),
                            r.At
                        ))
                        .ToList()
                ))
                .ToListAsync(cancellationToken);
            var total = items.Count < PageSize ? items.Count : await waiting.CountAsync(cancellationToken);
            return new Model(items, total);
        }
    }
}
