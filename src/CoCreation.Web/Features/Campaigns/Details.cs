using CoCreation.Domain.Campaigns;
using CoCreation.Domain.Events;
using CoCreation.Domain.Members;

namespace CoCreation.Web.Features.Campaigns;

/// <summary>
/// One campaign with its participating members. Without a slug it is the campaign the home page
/// shows: running now, else the next one, else the latest.
/// </summary>
public static class Details
{
    [Allow(Audience.Anonymous)]
    public sealed record Query(string? Slug = null) : IQuery<Model?>;

    public sealed record Model(
        string Slug,
        LocalizedText Title,
        LocalizedText Summary,
        LocalizedText Description,
        LocalizedText HowToParticipate,
        DateOnly StartsOn,
        DateOnly EndsOn,
        CampaignPhase Phase,
        IReadOnlyList<string> Hashtags,
        IReadOnlyList<Participant> Participants,
        IReadOnlyList<EventItem> Events
    )
    {
        public IEnumerable<IGrouping<Region, Participant>> ByRegion => Participants.GroupBy(p => p.Region).OrderBy(g => g.Key);
    }

    public sealed record Participant(string Code, LocalizedText Name, Region Region, bool IsNewMember, CycleStatus Status);

    /// <summary>An event of the campaign, with its start in its own time zone (and UTC for everyone else).</summary>
    public sealed record EventItem(
        int Id,
        EventKind Kind,
        LocalizedText Title,
        Region? Region,
        string Language,
        DateTimeOffset StartsAt,
        DateTimeOffset EndsAt,
        string TimeZone
    );

    public sealed class Handler(PortalDbContext db, TimeProvider clock) : IQueryHandler<Query, Model?>
    {
        public async ValueTask<Model?> Handle(Query query, CancellationToken cancellationToken)
        {
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            var campaigns = db.Campaigns.AsNoTracking();
            if (query.Slug is not null)
            {
                campaigns = campaigns.Where(c => c.Slug == (query.Slug ?? "").ToLowerInvariant());
            }

            var campaign = await campaigns
                .OrderBy(c =>
                    c.StartsOn <= today && c.EndsOn >= today ? 0
                    : c.StartsOn > today ? 1
                    : 2
                )
                .ThenByDescending(c => c.StartsOn <= today ? c.EndsOn : DateOnly.MinValue)
                .ThenBy(c => c.StartsOn)
                .Select(c => new
                {
                    c.Id,
                    c.Slug,
                    c.Title,
                    c.Summary,
                    c.Description,
                    c.HowToParticipate,
                    c.StartsOn,
                    c.EndsOn,
                    c.Hashtags,
                })
                .FirstOrDefaultAsync(cancellationToken);
            if (campaign is null)
            {
                return null;
            }

            var participants = await CampaignMembers
                .Of(db, campaign.Id)
                .Select(m => new Participant(m.Code, m.Name, m.Region, m.IsNewMember, m.CycleStatus))
                .ToListAsync(cancellationToken);

            var events = await db
                .Events.AsNoTracking()
                .Where(e => e.CampaignId == campaign.Id && e.CancelledAt == null)
                .OrderBy(e => e.Schedule.StartsAt)
                .Select(e => new EventItem(
                    e.Id,
                    e.Kind,
                    e.Title,
                    e.Region,
                    e.Language,
                    e.Schedule.StartsAt,
                    e.Schedule.EndsAt,
                    e.Schedule.TimeZone
                ))
                .ToListAsync(cancellationToken);

            var phase =
                today < campaign.StartsOn ? CampaignPhase.Upcoming
                : today > campaign.EndsOn ? CampaignPhase.Over
                : CampaignPhase.Running;
            return new Model(
                campaign.Slug,
                campaign.Title,
                campaign.Summary,
                campaign.Description,
                campaign.HowToParticipate,
                campaign.StartsOn,
                campaign.EndsOn,
                phase,
                campaign.Hashtags,
                participants,
                events
            );
        }
    }
}
