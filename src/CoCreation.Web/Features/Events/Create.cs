using CoCreation.Domain.Events;
using CoCreation.Web.Infrastructure.Audit;

namespace CoCreation.Web.Features.Events;

/// <summary>The support unit plans an event; it appears in the lists, the calendars and the feed of new events.</summary>
public static class Create
{
    [Allow(Audience.SupportUnit)]
    [ChangesPublicData]
    public sealed record Command : EventForm, ICommand<int>;

    public sealed class Validator(IStringLocalizer<SharedResource> text) : EventFormValidator<Command>(text);

    public sealed class Handler(
        PortalDbContext db,
        AuditTrail audit,
        TimeProvider clock,
        IStringLocalizer<SharedResource> text,
        Notifications.Happenings happenings
    ) : ICommandHandler<Command, int>
    {
        public async ValueTask<int> Handle(Command command, CancellationToken cancellationToken)
        {
            var campaignId = await EventForm.CampaignIdAsync(db, command.CampaignSlug, text, cancellationToken);
            var planned = Event.Plan(campaignId, command.ToDetails(), clock.GetUtcNow());
            db.Events.Add(planned);
            await db.SaveChangesAsync(cancellationToken);
            audit.Record("event.created", nameof(Event), planned.Id, null, EventForm.Snapshot(planned));
            if (planned.CampaignId is { } campaign)
            {
                var title = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
                    db.Campaigns.Where(c => c.Id == campaign).Select(c => c.Title),
                    cancellationToken
                );
                happenings.Record(
                    Domain.Notifications.HappeningKind.EventCreated,
                    Domain.Notifications.FollowedKind.Campaign,
                    campaign,
                    title,
                    Paths.Event(planned.Id),
                    campaignId: campaign,
                    detail: planned.Title
                );
            }

            return planned.Id;
        }
    }
}
