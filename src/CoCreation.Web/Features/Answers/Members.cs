using CoCreation.Domain.Submissions;

namespace CoCreation.Web.Features.Answers;

/// <summary>
/// "My countries": the members an official answers for, each with what waits for them, so that a new point of
/// contact finds their timeline, plans and inbox without knowing the addresses.
/// </summary>
public static class Members
{
    // The support unit may open it too (the /answers folder is theirs as well); it lists no member for them.
    [Allow(Audience.Official | Audience.SupportUnit)]
    public sealed record Query : IQuery<IReadOnlyList<Item>>;

    /// <param name="Waiting">Forwarded submissions still to answer.</param>
    public sealed record Item(string Code, LocalizedText Name, int Waiting);

    public sealed class Handler(PortalDbContext db, CurrentActor actor) : IQueryHandler<Query, IReadOnlyList<Item>>
    {
        public async ValueTask<IReadOnlyList<Item>> Handle(Query query, CancellationToken cancellationToken)
        {
            var userId = actor.RequireUserId();
            var members = await db
                .Members.AsNoTracking()
                .Where(m => db.OfficialAssignments.Any(a => a.UserId == userId && a.MemberId == m.Id))
                .Select(m => new Item(
                    m.Code,
                    m.Name,
                    db.Submissions.Count(s => s.MemberId == m.Id && s.Status == SubmissionStatus.Forwarded)
                ))
                .ToListAsync(cancellationToken);
            var ui = System.Globalization.CultureInfo.CurrentUICulture;
            return members.OrderBy(m => m.Name.In(ui), StringComparer.Create(ui, ignoreCase: true)).ToList();
        }
    }
}
