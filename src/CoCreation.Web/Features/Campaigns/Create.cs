using CoCreation.Domain.Campaigns;
using CoCreation.Web.Infrastructure.Audit;
using CoCreation.Web.Infrastructure.Mediator;

namespace CoCreation.Web.Features.Campaigns;

/// <summary>The support unit opens a campaign: texts per language, dates, hashtags, participating members.</summary>
public static class Create
{
    [Allow(Audience.SupportUnit)]
    [ChangesPublicData]
    public sealed record Command : CampaignForm, ICommand<string>;

    public sealed class Validator(IStringLocalizer<SharedResource> text) : CampaignFormValidator<Command>(text);

    public sealed class Handler(PortalDbContext db, AuditTrail audit, TimeProvider clock, IStringLocalizer<SharedResource> text)
        : ICommandHandler<Command, string>
    {
        public async ValueTask<string> Handle(Command command, CancellationToken cancellationToken)
        {
            if (await db.Campaigns.AnyAsync(c => c.Slug == command.Slug, cancellationToken))
            {
                throw new InputException(nameof(Command.Slug), text["Campaign.SlugTaken"]);
            }

            var memberIds = await MemberIds.ForCodesAsync(db, command.MemberCodes, cancellationToken);
            var campaign = Campaign.Create(
                command.Slug,
                command.ToContent(),
                command.StartsOn,
                command.EndsOn,
                command.HashtagList,
                memberIds,
                clock.GetUtcNow()
            );
            db.Campaigns.Add(campaign);
            audit.Record("campaign.created", nameof(Campaign), campaign.Slug, null, CampaignForm.Snapshot(campaign));
            return campaign.Slug;
        }
    }
}
