using CoCreation.Domain.Campaigns;

namespace CoCreation.Web.Data;

/// <summary>
/// Where a submission sent to a member at a moment belongs: the campaign running for that member that day (a
/// campaign it takes part in, between its first and last day, UTC; the latest to start when two overlap) and the
/// plan cycle it is about (the member's current cycle as the support unit keeps it, else the latest its timelines
/// or plans name). One database round trip, with the member's id, for a member found by code.
/// </summary>
public static class SubmissionPlace
{
    public sealed record Place(int MemberId, int? CampaignId, string? Cycle);

    public static Task<Place?> ForCodeAsync(PortalDbContext db, string code, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var day = DateOnly.FromDateTime(at.UtcDateTime);
        return db
            .Members.AsNoTracking()
            .Where(m => m.Code == code)
            .Select(m => new Place(
                m.Id,
                db.Campaigns.Where(c =>
                        c.StartsOn <= day
                        && c.EndsOn >= day
                        && db.Set<CampaignParticipant>().Any(p => p.CampaignId == c.Id && p.MemberId == m.Id)
                    )
                    .OrderByDescending(c => c.StartsOn)
                    .ThenByDescending(c => c.Id)
                    .Select(c => (int?)c.Id)
                    .FirstOrDefault(),
                m.CurrentCycle
                    ?? db.Timelines.Where(t => t.MemberId == m.Id).OrderByDescending(t => t.Cycle).Select(t => t.Cycle).FirstOrDefault()
                    ?? db.NationalActionPlans.Where(p => p.MemberId == m.Id)
                        .OrderByDescending(p => p.Cycle)
                        .Select(p => p.Cycle)
                        .FirstOrDefault()
            ))
            .SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>The same answer for many submissions at once (an import, the demo data): read once, asked in memory.</summary>
    public static async Task<Resolver> ResolverAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var campaigns = await db
            .Campaigns.AsNoTracking()
            .Select(c => new Resolver.Running(c.Id, c.StartsOn, c.EndsOn, c.Participants.Select(p => p.MemberId).ToList()))
            .ToListAsync(cancellationToken);
        var cycles = await db
            .Members.AsNoTracking()
            .Select(m => new
            {
                m.Id,
                Cycle = m.CurrentCycle
                    ?? db.Timelines.Where(t => t.MemberId == m.Id).OrderByDescending(t => t.Cycle).Select(t => t.Cycle).FirstOrDefault()
                    ?? db.NationalActionPlans.Where(p => p.MemberId == m.Id)
                        .OrderByDescending(p => p.Cycle)
                        .Select(p => p.Cycle)
                        .FirstOrDefault(),
            })
            .ToDictionaryAsync(m => m.Id, m => m.Cycle, cancellationToken);
        return new Resolver(campaigns, cycles);
    }

    public sealed class Resolver(IReadOnlyList<Resolver.Running> campaigns, IReadOnlyDictionary<int, string?> cycles)
    {
        public sealed record Running(int Id, DateOnly StartsOn, DateOnly EndsOn, List<int> MemberIds);

        public Place For(int memberId, DateTimeOffset at)
        {
            var day = DateOnly.FromDateTime(at.UtcDateTime);
            var campaign = campaigns
                .Where(c => c.StartsOn <= day && c.EndsOn >= day && c.MemberIds.Contains(memberId))
                .OrderByDescending(c => c.StartsOn)
                .ThenByDescending(c => c.Id)
                .Select(c => (int?)c.Id)
                .FirstOrDefault();
            return new Place(memberId, campaign, cycles.GetValueOrDefault(memberId));
        }
    }
}
