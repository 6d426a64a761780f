using CoCreation.Domain.Campaigns;
using CoCreation.Domain.Common;
using CoCreation.Domain.Members;
using CoCreation.Web.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CoCreation.Web.Features.Members;

/// <summary>A member's page: who they are, where they stand in the cycle, the campaigns they take part in.</summary>
public static class Details
{
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
        IReadOnlyList<CampaignItem> Campaigns);

    public sealed record CampaignItem(string Slug, LocalizedText Title, DateOnly StartsOn, DateOnly EndsOn);

    public sealed class Handler(PortalDbContext db) : IQueryHandler<Query, Model?>
    {
        public async ValueTask<Model?> Handle(Query query, CancellationToken cancellationToken)
        {
            var code = query.Code.ToUpperInvariant();
            var member = await db.Members.AsNoTracking()
                .Where(m => m.Code == code)
                .Select(m => new
                {
                    m.Code,
                    m.Name,
                    m.Kind,
                    m.Region,
                    m.CycleStatus,
                    m.IsNewMember,
                    m.JoinedOn,
                    m.UpdatedAt,
                    Campaigns = db.Campaigns
                        .Where(c => c.Participants.Any(p => p.MemberId == m.Id))
                        .OrderByDescending(c => c.StartsOn)
                        .Select(c => new CampaignItem(c.Slug, c.Title, c.StartsOn, c.EndsOn))
                        .ToList(),
                })
                .SingleOrDefaultAsync(cancellationToken);
            return member is null
                ? null
                : new Model(member.Code, member.Name, member.Kind, member.Region, member.CycleStatus, member.IsNewMember, member.JoinedOn, member.UpdatedAt, member.Campaigns);
        }
    }
}
