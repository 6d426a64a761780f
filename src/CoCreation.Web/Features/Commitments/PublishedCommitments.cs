using CoCreation.Web.Features.Members;

namespace CoCreation.Web.Features.Commitments;

/// <summary>
/// The commitments of the published plans, with their OGP id and their member's code, narrowed to the member and the
/// commitment a list's filters name: what the milestone and progress-update lists hang their rows on.
/// </summary>
public static class PublishedCommitments
{
    public sealed class Row
    {
        public int Id { get; init; }

        public string OgpId { get; init; } = "";

        public string MemberCode { get; init; } = "";
    }

    public static IQueryable<Row> Of(PortalDbContext db, string? member, string? ogpId)
    {
        var rows =
            from c in db.Commitments
            join p in db.NationalActionPlans on c.NationalActionPlanId equals p.Id
            join m in MemberFilter.Of(db, member) on p.MemberId equals m.Id
            where p.PublishedAt != null
            select new Row
            {
                Id = c.Id,
                OgpId = c.OgpId,
                MemberCode = m.Code,
            };
        if (!string.IsNullOrWhiteSpace(ogpId))
        {
            var upper = ogpId.ToUpperInvariant();
            rows = rows.Where(c => c.OgpId == upper);
        }

        return rows;
    }
}
