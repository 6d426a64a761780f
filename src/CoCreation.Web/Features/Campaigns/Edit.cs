using CoCreation.Domain.Campaigns;
using CoCreation.Web.Infrastructure.Audit;
using CoCreation.Web.Infrastructure.Localization;

namespace CoCreation.Web.Features.Campaigns;

/// <summary>The support unit edits a campaign; its address (slug) stays.</summary>
public static class Edit
{
    [Allow(Audience.SupportUnit)]
    public sealed record Query(string Slug) : IQuery<Command?>;

    [Allow(Audience.SupportUnit)]
    [ChangesPublicData]
    public sealed record Command : CampaignForm, ICommand<bool>;

    public sealed class Validator(IStringLocalizer<SharedResource> text) : CampaignFormValidator<Command>(text);

    public sealed class QueryHandler(PortalDbContext db) : IQueryHandler<Query, Command?>
    {
        public async ValueTask<Command?> Handle(Query query, CancellationToken cancellationToken)
        {
            var slug = (query.Slug ?? "").ToLowerInvariant();
            return await db
                .Campaigns.AsNoTracking()
                .Where(c => c.Slug == slug)
                .Select(c => new Command
                {
                    Slug = c.Slug,
                    Title = LocalizedInput.From(c.Title),
                    Summary = LocalizedInput.From(c.Summary),
                    Description = LocalizedInput.From(c.Description),
                    HowToParticipate = LocalizedInput.From(c.HowToParticipate),
                    StartsOn = c.StartsOn,
                    EndsOn = c.EndsOn,
                    Hashtags = string.Join(" ", c.Hashtags),
                    MemberCodes = db.Members.Where(m => c.Participants.Any(p => p.MemberId == m.Id)).Select(m => m.Code).ToList(),
                })
                .SingleOrDefaultAsync(cancellationToken);
        }
    }

    /// <summary>False when no campaign has that slug.</summary>
    public sealed class Handler(PortalDbContext db, AuditTrail audit, TimeProvider clock) : ICommandHandler<Command, bool>
    {
        public async ValueTask<bool> Handle(Command command, CancellationToken cancellationToken)
        {
            var campaign = await db
                .Campaigns.Include(c => c.Participants)
                .SingleOrDefaultAsync(c => c.Slug == command.Slug, cancellationToken);
            if (campaign is null)
            {
                return false;
            }

            var before = CampaignForm.Snapshot(campaign);
            var memberIds = await MemberIds.ForCodesAsync(db, command.MemberCodes, cancellationToken);
            campaign.Update(command.ToContent(), command.StartsOn, command.EndsOn, command.HashtagList, memberIds, clock.GetUtcNow());
            audit.Record("campaign.updated", nameof(Campaign), campaign.Slug, before, CampaignForm.Snapshot(campaign));
            return true;
        }
    }
}
