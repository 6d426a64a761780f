using CoCreation.Domain.ActionPlans;
using CoCreation.Domain.Common;
using CoCreation.Web.Data;
using CoCreation.Web.Infrastructure.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CoCreation.Web.Features.ActionPlans;

/// <summary>A member's published National Action Plan with its commitments (a draft only for those who act for the member).</summary>
public static class Details
{
    [Allow(Audience.Anonymous)]
    public sealed record Query(string Code, string Cycle) : IQuery<Model?>;

    public sealed record Model(
        string Code,
        LocalizedText MemberName,
        string Cycle,
        PlanStatus Status,
        DateTimeOffset? PublishedAt,
        IReadOnlyList<PlanDocument> Documents,
        IReadOnlyList<CommitmentItem> Commitments,
        bool CanEdit
    );

    public sealed record CommitmentItem(
        string OgpId,
        LocalizedText Title,
        IReadOnlyList<string> PolicyAreas,
        IReadOnlyList<string> OgpValues,
        string? LeadInstitution,
        CompletionLevel Completion,
        int Submissions
    );

    public sealed class Handler(PortalDbContext db, CurrentActor actor) : IQueryHandler<Query, Model?>
    {
        public async ValueTask<Model?> Handle(Query query, CancellationToken cancellationToken)
        {
            var code = (query.Code ?? "").ToUpperInvariant();
            var member = await db
                .Members.AsNoTracking()
                .Where(m => m.Code == code)
                .Select(m => new
                {
                    m.Id,
                    m.Code,
                    m.Name,
                })
                .SingleOrDefaultAsync(cancellationToken);
            if (member is null)
            {
                return null;
            }

            var plan = await db
                .NationalActionPlans.AsNoTracking()
                .Include(p => p.Commitments)
                .SingleOrDefaultAsync(p => p.MemberId == member.Id && p.Cycle == query.Cycle, cancellationToken);
            var canEdit = await MemberAuthority.ActsForAsync(db, actor, member.Id, cancellationToken);
            if (plan is null || (plan.PublishedAt is null && !canEdit))
            {
                return null;
            }

            var ids = plan.Commitments.Select(c => c.Id).ToList();
            var linked = await db
                .Submissions.AsNoTracking()
                .Where(s => PublicSubmissions.Statuses.Contains(s.Status))
                .SelectMany(s => s.Commitments)
                .Where(c => ids.Contains(c.CommitmentId))
                .GroupBy(c => c.CommitmentId)
                .Select(g => new { g.Key, Count = g.Count() })
                .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
            var commitments = plan
                .Commitments.OrderBy(c => c.OgpId)
                .Select(c => new CommitmentItem(
                    c.OgpId,
                    c.Title,
                    c.PolicyAreas,
                    c.OgpValues,
                    c.LeadInstitution,
                    c.Completion,
                    linked.GetValueOrDefault(c.Id)
                ))
                .ToList();
            return new Model(member.Code, member.Name, plan.Cycle, plan.Status, plan.PublishedAt, plan.Documents, commitments, canEdit);
        }
    }
}
