using CoCreation.Domain.ActionPlans;
using CoCreation.Web.Features.Members;

namespace CoCreation.Web.Features.Commitments;

/// <summary>A public list of what hangs on the commitments of the published plans, narrowed to one member and one commitment.</summary>
public abstract record CommitmentListQuery : MemberListQuery
{
    /// <summary>A commitment's OGP id.</summary>
    public string? Commitment { get; init; }
}

/// <summary>
/// The rules of a list narrowed by commitment: those of a list narrowed by member, and an OGP id that can be one. The
/// cursor is a row id unless the list says otherwise (the commitments' own list pages by OGP id).
/// </summary>
public abstract class CommitmentListQueryValidator<T> : MemberListQueryValidator<T>
    where T : CommitmentListQuery
{
    protected CommitmentListQueryValidator(IStringLocalizer text, Func<string, bool>? isCursor = null)
        : base(text, isCursor ?? Keyset.IsId)
    {
        RuleFor(q => q.Commitment).Must(c => c is null || Keyset.IsValidTextKey(c)).WithMessage(_ => text["Validation.Choice"]);
    }
}

/// <summary>
/// The commitments of the published plans, with their plan's cycle and their member's code, narrowed to the member and
/// the commitment a list's filters name: the commitments' own list, and what the milestone and progress-update lists
/// hang their rows on.
/// </summary>
public static class PublishedCommitments
{
    public sealed class Row
    {
        public Commitment Commitment { get; init; } = null!;

        public string Cycle { get; init; } = "";

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
                Commitment = c,
                Cycle = p.Cycle,
                MemberCode = m.Code,
            };
        if (!string.IsNullOrWhiteSpace(query.Commitment))
        {
            var upper = query.Commitment.ToUpperInvariant();
            rows = rows.Where(r => r.Commitment.OgpId == upper);
        }

        return rows;
    }
}
