using System.Linq.Expressions;
using CoCreation.Domain.Submissions;

namespace CoCreation.Web.Features.Moderation;

/// <summary>
/// The support unit's queue of reported submissions, beside the reported comments: those hidden by readers' reports and
/// those still read by all with reports not yet reviewed; oldest first, each with its reports.
/// </summary>
public static class Reported
{
    [Allow(Audience.SupportUnit)]
    public sealed record Query(long? Id = null) : IQuery<Model>;

    /// <param name="Total">Submissions waiting (the list shows the first <see cref="SupportQueue.PageSize"/>).</param>
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
        IReadOnlyList<SupportQueue.Report> Reports
    )
    {
        public bool Hidden => Status == SubmissionStatus.UnderReview;
    }

    /// <summary>A submission waits for the support unit: hidden by reports, or still public with reports it has not seen.</summary>
    public static readonly Expression<Func<Submission, bool>> Waiting = s =>
        s.Status == SubmissionStatus.UnderReview || (PublicSubmissions.Statuses.Contains(s.Status) && s.OpenReports > 0);

    public sealed class Handler(PortalDbContext db) : IQueryHandler<Query, Model>
    {
        public async ValueTask<Model> Handle(Query query, CancellationToken cancellationToken)
        {
            var waiting = db.Submissions.AsNoTracking().Where(Waiting);
            if (query.Id is { } id)
            {
                waiting = waiting.Where(s => s.Id == id);
            }

            var reportAsShown = SupportQueue.Shown(db);
            var (items, total) = await SupportQueue.FirstPageAsync(
                waiting
                    .OrderBy(s => s.SubmittedAt)
                    .ThenBy(s => s.Id)
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
                        db.ReaderReports.Where(r => r.SubmissionId == s.Id).OrderByDescending(r => r.At).Select(reportAsShown).ToList()
                    )),
                cancellationToken
            );
            return new Model(items, total);
        }
    }
}
