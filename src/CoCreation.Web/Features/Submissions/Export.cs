using CoCreation.Domain.Submissions;
using CoCreation.Web.Features.OpenData;

namespace CoCreation.Web.Features.Submissions;

/// <summary>
/// Every published submission with its answer, streamed row by row from the database (100 000 rows
/// never sit in memory), as the open data's <see cref="SubmissionRow"/>: for the CSV and JSON downloads, the public API's
/// single submission, the member's evidence and the Atom feeds. Same rows as the list page.
/// </summary>
public static class Export
{
    public enum Order
    {
        Published,
        Answered,
    }

    [Allow(Audience.Anonymous)]
    public sealed record Query(Order By = Order.Published, int? Limit = null) : IStreamQuery<SubmissionRow>
    {
        /// <summary>Only those sent in this campaign (its slug) and about this cycle, as the list filters them.</summary>
        public Index.Query Filter { get; init; } = new();

        /// <summary>Only this one (the public API's single submission: the same row as in the downloads).</summary>
        public long? Id { get; init; }
    }

    public sealed class Handler(PortalDbContext db) : IStreamQueryHandler<Query, SubmissionRow>
    {
        public IAsyncEnumerable<SubmissionRow> Handle(Query query, CancellationToken cancellationToken)
        {
            var published = Index.Filtered(db, query.Filter with { After = null });
            if (query.Id is { } id)
            {
                published = published.Where(s => s.Id == id);
            }

            var ordered =
                query.By == Order.Answered
                    ? published
                        .Where(s => s.Status == SubmissionStatus.Answered)
                        .OrderByDescending(s => s.AnsweredAt)
                        .ThenByDescending(s => s.Id)
                    : published.OrderByDescending(s => s.PublishedAt).ThenByDescending(s => s.Id);
            var rows = ordered.Join(
                db.Members,
                s => s.MemberId,
                m => m.Id,
                (s, m) =>
                    new SubmissionRow(
                        s.Id,
                        Paths.Submission(s.Id),
                        s.Kind,
                        s.Status,
                        m.Code,
                        s.Title,
                        s.Language,
                        s.AuthorName,
                        s.Organisation,
                        s.Body,
                        s.Problem,
                        s.ProposedCommitment,
                        s.ExpectedResults,
                        s.PolicyArea,
                        s.PublishedAt!.Value,
                        s.Outcome,
                        s.AnswerReason,
                        s.AnswerLanguage,
                        s.AnsweredAt,
                        s.EndorsementCount,
                        db.Commitments.Where(c => s.Commitments.Any(sc => sc.CommitmentId == c.Id))
                            .OrderBy(c => c.OgpId)
                            .Select(c => c.OgpId)
                            .ToList(),
                        db.Campaigns.Where(c => c.Id == s.CampaignId).Select(c => c.Slug).FirstOrDefault(),
                        s.Cycle
                    )
            );
            return (query.Limit is { } limit ? rows.Take(limit) : rows).AsAsyncEnumerable();
        }
    }
}
