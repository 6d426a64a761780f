using CoCreation.Domain.Submissions;
using CoCreation.Web.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CoCreation.Web.Features.Submissions;

/// <summary>
/// Every published submission with its answer, streamed row by row from the database (100 000 rows
/// never sit in memory), for the CSV and JSON downloads and the Atom feeds. Same rows as the list page.
/// </summary>
public static class Export
{
    public enum Order
    {
        Published,
        Answered,
    }

    public sealed record Query(Order By = Order.Published, int? Limit = null) : IStreamQuery<Index.Item>;

    public sealed class Handler(PortalDbContext db) : IStreamQueryHandler<Query, Index.Item>
    {
        public IAsyncEnumerable<Index.Item> Handle(Query query, CancellationToken cancellationToken)
        {
            var rows = query.By == Order.Answered
                ? Index.Project(db, Index.Filtered(db, new Index.Query()).Where(s => s.Status == SubmissionStatus.Answered).OrderByDescending(s => s.AnsweredAt).ThenByDescending(s => s.Id))
                : Index.Public(db, new Index.Query());

            if (query.Limit is { } limit)
            {
                rows = rows.Take(limit);
            }

            return rows.AsAsyncEnumerable();
        }
    }
}
