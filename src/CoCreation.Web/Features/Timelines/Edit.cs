using CoCreation.Domain.Timelines;

namespace CoCreation.Web.Features.Timelines;

/// <summary>The editor's overview of a member's current timeline: cycle, phases, activities, publication.</summary>
public static class Edit
{
    [Allow(Audience.Official | Audience.SupportUnit)]
    public sealed record Query(string Code) : IQuery<Model?>;

    public sealed record Model(
        string Code,
        LocalizedText MemberName,
        int? TimelineId,
        string? Cycle,
        DateTimeOffset? PublishedAt,
        IReadOnlyList<PhaseItem> Phases,
        IReadOnlyList<ActivityItem> Activities,
        int Revisions
    );

    public sealed record PhaseItem(int Id, int Order, LocalizedText Name);

    public sealed record ActivityItem(
        int Id,
        int? PhaseId,
        ActivityKind Kind,
        LocalizedText Title,
        DateTimeOffset StartsAt,
        DateTimeOffset EndsAt,
        string TimeZone,
        bool Cancelled
    );

    public sealed class Handler(PortalDbContext db, CurrentActor actor) : IQueryHandler<Query, Model?>
    {
        public async ValueTask<Model?> Handle(Query query, CancellationToken cancellationToken)
        {
            var member = await MemberAuthority.FindForEditAsync(db, actor, query.Code, cancellationToken);
            if (member is null)
            {
                return null;
            }

            var timeline = await db
                .Timelines.AsNoTracking()
                .Where(t => t.MemberId == member.Id)
                .OrderByDescending(t => t.Cycle)
                .Select(t => new
                {
                    t.Id,
                    t.Cycle,
                    t.PublishedAt,
                    Phases = t.Phases.OrderBy(p => p.Order).Select(p => new PhaseItem(p.Id, p.Order, p.Name)).ToList(),
                    Activities = t
                        .Activities.OrderBy(a => a.StartsAt)
                        .Select(a => new ActivityItem(
                            a.Id,
                            a.PhaseId,
                            a.Kind,
                            a.Title,
                            a.StartsAt,
                            a.EndsAt,
                            a.TimeZone,
                            a.CancelledAt != null
                        ))
                        .ToList(),
                    Revisions = t.Revisions.Count,
                })
                .FirstOrDefaultAsync(cancellationToken);
            return timeline is null
                ? new Model(member.Code, member.Name, null, null, null, [], [], 0)
                : new Model(
                    member.Code,
                    member.Name,
                    timeline.Id,
                    timeline.Cycle,
                    timeline.PublishedAt,
                    timeline.Phases,
                    timeline.Activities,
                    timeline.Revisions
                );
        }
    }
}
