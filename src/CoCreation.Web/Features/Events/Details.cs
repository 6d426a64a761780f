using CoCreation.Domain.Events;
using CoCreation.Domain.Members;

namespace CoCreation.Web.Features.Events;

/// <summary>One event: when (in its zone and UTC), who speaks, seats left, and the visitor's own registration.</summary>
public static class Details
{
    [Allow(Audience.Anonymous)]
    public sealed record Query(int Id) : IQuery<Model?>;

    public sealed record Model(
        int Id,
        EventKind Kind,
        LocalizedText Title,
        Region? Region,
        string Language,
        EventSchedule Schedule,
        int? SeatsLeft,
        IReadOnlyList<Speaker> Speakers,
        bool Cancelled,
        bool Open,
        RegistrationStatus? MyStatus,
        Guid? MyCancellationCode,
        string? OnlineLink
    )
    {
        public LocalizedText? Description { get; init; }

        public LocalizedText? Agenda { get; init; }

        public string? RecordingLink { get; init; }

        public LocalizedText? Summary { get; init; }

        public bool Held { get; init; }

        public int Waiting { get; init; }

        /// <summary>The campaign the event is part of, for its share image.</summary>
        public string? CampaignSlug { get; init; }
    }

    public sealed class Handler(PortalDbContext db, CurrentActor actor, TimeProvider clock) : IQueryHandler<Query, Model?>
    {
        public async ValueTask<Model?> Handle(Query query, CancellationToken cancellationToken)
        {
            var plannedEvent = await db
                .Events.AsNoTracking()
                .Include(e => e.Registrations)
                .SingleOrDefaultAsync(e => e.Id == query.Id, cancellationToken);
            if (plannedEvent is null)
            {
                return null;
            }

            var userId = actor.UserId;
            var mine = userId is null
                ? null
                : plannedEvent.Registrations.FirstOrDefault(r => r.Registrant.UserId == userId && r.Status != RegistrationStatus.Cancelled);

            // The online link is for those with a seat, except a public live stream.
            var link =
                plannedEvent.Kind == EventKind.LiveStream || mine?.Status == RegistrationStatus.Confirmed ? plannedEvent.OnlineLink : null;
            var now = clock.GetUtcNow();
            var campaignSlug = plannedEvent.CampaignId is { } campaignId
                ? await db.Campaigns.Where(c => c.Id == campaignId).Select(c => c.Slug).SingleOrDefaultAsync(cancellationToken)
                : null;
            return new Model(
                plannedEvent.Id,
                plannedEvent.Kind,
                plannedEvent.Title,
                plannedEvent.Region,
                plannedEvent.Language,
                plannedEvent.Schedule,
                plannedEvent.SeatsLeft,
                plannedEvent.Speakers,
                plannedEvent.CancelledAt is not null,
                plannedEvent.IsOpenForRegistration(now),
                mine?.Status,
                mine?.CancellationCode,
                link
            )
            {
                Description = plannedEvent.Description,
                Agenda = plannedEvent.Agenda,
                RecordingLink = plannedEvent.RecordingLink,
                Summary = plannedEvent.Summary,
                Held = now >= plannedEvent.Schedule.StartsAt,
                Waiting = plannedEvent.Waiting,
                CampaignSlug = campaignSlug,
            };
        }
    }
}
