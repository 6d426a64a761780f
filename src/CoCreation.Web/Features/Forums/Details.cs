using CoCreation.Domain.Forums;
using CoCreation.Domain.Timelines;

namespace CoCreation.Web.Features.Forums;

/// <summary>
/// A member's multi-stakeholder forum (standard 1): its members and their balance, its rules, its meetings (the forum
/// meetings of the member's published timelines, with their minutes) and its decisions.
/// </summary>
public static class Details
{
    [Allow(Audience.Anonymous)]
    public sealed record Query(string Code) : IQuery<Model?>;

    public sealed record Model(
        string Code,
        LocalizedText MemberName,
        LocalizedText? Rules,
        string? RulesLink,
        DateTimeOffset? UpdatedAt,
        IReadOnlyList<MemberItem> Members,
        IReadOnlyList<MeetingItem> Meetings,
        IReadOnlyList<DecisionItem> Decisions,
        bool CanEdit
    )
    {
        public ForumBalance Balance => ForumBalance.Of(Members.Select(m => m.Sector));
    }

    public sealed record MemberItem(int Id, string Name, string Organisation, ForumSector Sector);

    /// <param name="Held">Whether the meeting has begun; minutes are expected only then.</param>
    public sealed record MeetingItem(
        int Id,
        string Cycle,
        LocalizedText Title,
        DateTimeOffset StartsAt,
        string TimeZone,
        string? MinutesLink,
        bool Held
    );

    public sealed record DecisionItem(int Id, DateOnly DecidedOn, string Text, string Language, string? Link);

    public sealed class Handler(PortalDbContext db, CurrentActor actor, TimeProvider clock) : IQueryHandler<Query, Model?>
    {
        public async ValueTask<Model?> Handle(Query query, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var actedFor = MemberAuthority.MembersActedFor(db, actor);
            var found = await Members
                .MemberFilter.WithCode(db, query.Code)
                .Select(m => new
                {
                    m.Id,
                    m.Code,
                    m.Name,
                    Forum = db
                        .Forums.Where(f => f.MemberId == m.Id)
                        .Select(f => new
                        {
                            f.Rules,
                            f.RulesLink,
                            f.UpdatedAt,
                        })
                        .FirstOrDefault(),
                    Members = db
                        .ForumMembers.Where(fm => db.Forums.Any(f => f.Id == fm.ForumId && f.MemberId == m.Id))
                        // Government first, then civil society, then the others (the sector is stored by name, which sorts otherwise).
                        .OrderBy(fm =>
                            fm.Sector == ForumSector.Government ? 0
                            : fm.Sector == ForumSector.CivilSociety ? 1
                            : 2
                        )
                        .ThenBy(fm => fm.Organisation)
                        .ThenBy(fm => fm.Name)
                        .Select(fm => new MemberItem(fm.Id, fm.Name, fm.Organisation, fm.Sector))
                        .ToList(),
                    Decisions = db
                        .ForumDecisions.Where(d => db.Forums.Any(f => f.Id == d.ForumId && f.MemberId == m.Id))
                        .OrderByDescending(d => d.DecidedOn)
                        .ThenByDescending(d => d.Id)
                        .Select(d => new DecisionItem(d.Id, d.DecidedOn, d.Text, d.Language, d.Link))
                        .ToList(),
                    CanEdit = actedFor.Contains(m.Id),
                })
                // One round trip for the forum's own record (tens of members and decisions, not thousands), one for its meetings.
                .AsSingleQuery()
                .SingleOrDefaultAsync(cancellationToken);
            if (found is null)
            {
                return null;
            }

            var meetings = await (
                from t in db.Timelines
                where t.MemberId == found.Id && t.PublishedAt != null
                from a in t.Activities
                where a.Kind == ActivityKind.ForumMeeting && a.CancelledAt == null
                orderby a.StartsAt descending
                select new MeetingItem(a.Id, t.Cycle, a.Title, a.StartsAt, a.TimeZone, a.SummaryLink, a.StartsAt <= now)
            )
                .AsNoTracking()
                .ToListAsync(cancellationToken);
            return new Model(
                found.Code,
                found.Name,
                found.Forum?.Rules,
                found.Forum?.RulesLink,
                found.Forum?.UpdatedAt,
                found.Members,
                meetings,
                found.Decisions,
                found.CanEdit
            );
        }
    }
}
