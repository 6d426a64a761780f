using CoCreation.Web.Features.Members;

namespace CoCreation.Web.Features.Commitments;

/// <summary>A public list of what hangs on the commitments of the published plans, narrowed to one member and one commitment.</summary>
public abstract record CommitmentListQuery : MemberListQuery
{
    /// <summary>A commitment's OGP id.</summary>
    public string? Commitment { get; init; }
}

/// <summary>The rules of a list narrowed by commitment: those of a list narrowed by member, and an OGP id that can be one.</summary>
public abstract class CommitmentListQueryValidator<T> : MemberListQueryValidator<T>
    where T : CommitmentListQuery
{
    protected CommitmentListQueryValidator(IStringLocalizer text)
        : base(text, Keyset.IsId)
    {
        RuleFor(q => q.Commitment).Must(c => c is null || Keyset.IsValidTextKey(c)).WithMessage(_ => text["Validation.Choice"]);
    }
}

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

    public static IQueryable<Row> Of(PortalDbContext db, CommitmentListQuery query)
    {
        var rows =
            from c in db.Commitments
            join p in db.NationalActionPlans on c.NationalActionPlanId equals p.Id
            join m in MemberFilter.Of(db, query.Member) on p.MemberId equals m.Id
            where p.PublishedAt != null
            select new Row
            {
                Id = c.Id,
                OgpId = c.OgpId,
                MemberCode = m.Code,
            };
        if (!string.IsNullOrWhiteSpace(query.Commitment))
        {
            var upper = query.Commitment.ToUpperInvariant();
            rows = rows.Where(c => c.OgpId == upper);
        }

        return rows;
    }
}
