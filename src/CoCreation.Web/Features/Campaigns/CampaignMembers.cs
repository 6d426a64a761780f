using CoCreation.Domain.Campaigns;
using CoCreation.Domain.Members;

namespace CoCreation.Web.Features.Campaigns;

/// <summary>The members taking part in a campaign, as its public page and its dashboard list them.</summary>
internal static class CampaignMembers
{
    /// <summary>In code order, read without tracking.</summary>
    public static IQueryable<Member> Of(PortalDbContext db, int campaignId) =>
        from p in db.Set<CampaignParticipant>().AsNoTracking()
        join m in db.Members.AsNoTracking() on p.MemberId equals m.Id
        where p.CampaignId == campaignId
        orderby m.Code
        select m;
}
