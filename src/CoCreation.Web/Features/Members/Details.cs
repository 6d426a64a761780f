using CoCreation.Domain.ActionPlans;
using CoCreation.Domain.Campaigns;
using CoCreation.Domain.Members;
using CoCreation.Domain.Timelines;
using CoCreation.Web.Infrastructure;
using Microsoft.Extensions.Options;

namespace CoCreation.Web.Features.Members;

/// <summary>A member's page: who they are, where they stand in the cycle, the campaigns they take part in.</summary>
public static class Details
{
    [Allow(Audience.Anonymous)]
    public sealed record Query(string Code) : IQuery<Model?>;

    public sealed record Model(
        string Code,
        LocalizedText Name,
        MemberKind Kind,
        Region Region,
        CycleStatus Status,
        bool IsNewMember,
        DateOnly JoinedOn,
        DateTimeOffset UpdatedAt,
        IReadOnlyList<CampaignItem> Campaigns,
        TimelineSummary? Timeline,
        IReadOnlyList<PlanItem> Plans,
        bool CanEdit
    )
    {
        /// <summary>The action plan cycle it is developing or implementing, "2017-2019".</summary>
        public string? CurrentCycle { get; init; }

        /// <summary>The country a subnational entity belongs to.</summary>
        public MemberLink? Country { get; init; }

        /// <summary>A country's subnational members.</summary>
        public IReadOnlyList<MemberLink> Subnationals { get; init; } = [];
    }

    public sealed record MemberLink(string Code, LocalizedText Name);

    /// <summary>The published co-creation timeline in a few words: its cycle, when, how many activities, the two-weeks check.</summary>
    public sealed record TimelineSummary(
        string Cycle,
        DateTimeOffset PublishedAt,
        int Activities,
        DateTimeOffset? NextActivityAt,
        TwoWeeksResult Check,
        int MinimumDays
    );

    public sealed record PlanItem(string Cycle, PlanStatus Status, int Commitments);

    public sealed record CampaignItem(string Slug, LocalizedText Title, DateOnly StartsOn, DateOnly EndsOn);

    public sealed class Handler(PortalDbContext db, CurrentActor actor, TimeProvider clock, IOptions<PortalOptions> options)
        : IQueryHandler<Query, Model?>
    {
        public async ValueTask<Model?> Handle(Query query, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var member = await MemberFilter
                .WithCode(db, query.Code)
                .Select(m => new
                {
                    m.Id,
                    m.Code,
                    m.Name,
                    m.Kind,
                    m.Region,
                    m.CycleStatus,
                    m.IsNewMember,
                    m.JoinedOn,
                    m.UpdatedAt,
                    m.CurrentCycle,
                    Country = db.Members.Where(p => p.Id == m.ParentId).Select(p => new MemberLink(p.Code, p.Name)).FirstOrDefault(),
                    Subnationals = db
                        .Members.Where(c => c.ParentId == m.Id)
                        .OrderBy(c => c.Code)
                        .Select(c => new MemberLink(c.Code, c.Name))
                        .ToList(),
                    Campaigns = db
                        .Campaigns.Where(c => c.Participants.Any(p => p.MemberId == m.Id))
                        .OrderByDescending(c => c.StartsOn)
                        .Select(c => new CampaignItem(c.Slug, c.Title, c.StartsOn, c.EndsOn))
                        .ToList(),
                    Timeline = db
                        .Timelines.Where(t => t.MemberId == m.Id && t.PublishedAt != null)
                        .OrderByDescending(t => t.Cycle)
                        .Select(t => new
                        {
                            t.Cycle,
                            PublishedAt = t.PublishedAt!.Value,
                            Activities = t.Activities.Count(a => a.CancelledAt == null),
                            First = t.Activities.Where(a => a.CancelledAt == null).Min(a => (DateTimeOffset?)a.StartsAt),
                            Next = t.Activities.Where(a => a.CancelledAt == null && a.StartsAt > now).Min(a => (DateTimeOffset?)a.StartsAt),
                        })
                        .FirstOrDefault(),
                    Plans = db
                        .NationalActionPlans.Where(p => p.MemberId == m.Id && p.PublishedAt != null)
                        .OrderByDescending(p => p.Cycle)
                        .Select(p => new PlanItem(p.Cycle, p.Status, p.Commitments.Count))
                        .ToList(),
                })
                // One round trip: a member has few campaigns and plans, so their joined rows stay few, and the
                // page also sends the scorecard's two (QUALITY.md: at most three per page).
                .AsSingleQuery()
                .SingleOrDefaultAsync(cancellationToken);
            var timeline = member?.Timeline is { } t
                ? new TimelineSummary(
                    t.Cycle,
                    t.PublishedAt,
                    t.Activities,
                    t.Next,
                    CoCreationTimeline.CheckTwoWeeks(t.PublishedAt, t.First, options.Value.Timelines.MinimumDaysBeforeFirstActivity),
                    options.Value.Timelines.MinimumDaysBeforeFirstActivity
                )
                : null;
            return member is null
                ? null
                : new Model(
                    member.Code,
                    member.Name,
                    member.Kind,
                    member.Region,
                    member.CycleStatus,
                    member.IsNewMember,
                    member.JoinedOn,
                    member.UpdatedAt,
                    member.Campaigns,
                    timeline,
                    member.Plans,
                    await MemberAuthority.ActsForAsync(db, actor, member.Id, cancellationToken)
                )
                {
                    CurrentCycle = member.CurrentCycle,
                    Country = member.Country,
                    Subnationals = member.Subnationals,
                };
        }
    }
}
