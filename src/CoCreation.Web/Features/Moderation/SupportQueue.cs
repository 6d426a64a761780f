using System.Linq.Expressions;
using CoCreation.Domain.Comments;

namespace CoCreation.Web.Features.Moderation;

/// <summary>
/// What the support unit's queues of comments (<see cref="Comments.Queue"/>) and of reported submissions
/// (<see cref="Reported"/>) share: the oldest <see cref="PageSize"/> waiting with how many wait in all, and each one's
/// reports as readers made them.
/// </summary>
public static class SupportQueue
{
    public const int PageSize = 100;

    /// <summary>A reader's report, with the reporter's name.</summary>
    public sealed record Report(ReportReason Reason, string? Text, string ReporterName, DateTimeOffset At);

    /// <summary>
    /// A report as the queues show it, for a query's projection (every report of an item, newest first: those a restore
    /// settled still tell the story).
    /// </summary>
    public static Expression<Func<ReaderReport, Report>> Shown(PortalDbContext db) =>
        r => new Report(r.Reason, r.Text, db.Users.Where(u => u.Id == r.ReporterId).Select(u => u.DisplayName).Single(), r.At);

    /// <summary>
    /// The first <see cref="PageSize"/> of a queue, oldest first, and how many wait in all (counted only when the page is
    /// full: a shorter one is all there is).
    /// </summary>
    public static async Task<(List<TItem> Items, int Total)> FirstPageAsync<TItem>(
        IQueryable<TItem> oldestFirst,
        CancellationToken cancellationToken
    )
    {
        var items = await oldestFirst.Take(PageSize).ToListAsync(cancellationToken);
        return (items, items.Count < PageSize ? items.Count : await oldestFirst.CountAsync(cancellationToken));
    }
}
