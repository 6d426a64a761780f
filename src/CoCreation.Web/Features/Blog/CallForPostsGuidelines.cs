using CoCreation.Domain.Blog;
using CoCreation.Web.Infrastructure.Audit;
using CoCreation.Web.Infrastructure.Localization;

namespace CoCreation.Web.Features.Blog;

/// <summary>A campaign's call for posts: the blogging guidelines, shown to everyone and edited by the support unit.</summary>
public static class CallForPostsGuidelines
{
    [Allow(Audience.Anonymous)]
    public sealed record Query(string Slug) : IQuery<Model?>;

    public sealed record Model(int CampaignId, string Slug, LocalizedText CampaignTitle, LocalizedText? Guidelines);

    [Allow(Audience.SupportUnit)]
    [ChangesPublicData]
    public sealed record Command : ICommand<bool>
    {
        public string Slug { get; set; } = "";

        public LocalizedInput Guidelines { get; set; } = new();
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Guidelines).Localized(CallForPosts.GuidelinesMax, EnglishText.Required);
        }
    }

    public sealed class QueryHandler(PortalDbContext db) : IQueryHandler<Query, Model?>
    {
        public async ValueTask<Model?> Handle(Query query, CancellationToken cancellationToken)
        {
            var campaign = await db
                .Campaigns.AsNoTracking()
                .Where(c => c.Slug == query.Slug)
                .Select(c => new
                {
                    c.Id,
                    c.Slug,
                    c.Title,
                })
                .SingleOrDefaultAsync(cancellationToken);
            if (campaign is null)
            {
                return null;
            }

            var call = await db.CallsForPosts.AsNoTracking().SingleOrDefaultAsync(c => c.CampaignId == campaign.Id, cancellationToken);
            return new Model(campaign.Id, campaign.Slug, campaign.Title, call?.Guidelines);
        }
    }

    /// <summary>False when there is no such campaign.</summary>
    public sealed class Handler(PortalDbContext db, AuditTrail audit, TimeProvider clock) : ICommandHandler<Command, bool>
    {
        public async ValueTask<bool> Handle(Command command, CancellationToken cancellationToken)
        {
            var campaignId = await db
                .Campaigns.Where(c => c.Slug == command.Slug)
                .Select(c => (int?)c.Id)
                .SingleOrDefaultAsync(cancellationToken);
            if (campaignId is not { } id)
            {
                return false;
            }

            var guidelines = command.Guidelines.ToText();
            var call = await db.CallsForPosts.SingleOrDefaultAsync(c => c.CampaignId == id, cancellationToken);
            if (call is null)
            {
                db.CallsForPosts.Add(new CallForPosts(id, guidelines, clock.GetUtcNow()));
            }
            else
            {
                call.Update(guidelines, clock.GetUtcNow());
            }

            audit.Record("blog.guidelines", nameof(CallForPosts), id, null, new { command.Guidelines.En });
            return true;
        }
    }
}
