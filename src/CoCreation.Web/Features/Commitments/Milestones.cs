using CoCreation.Web.Features.OpenData;

namespace CoCreation.Web.Features.Commitments;

/// <summary>
/// The milestones of the commitments of every published plan, in the order they were added, filtered by member and
/// commitment, as their public rows: the steps of the plans as open data and through the public API.
/// </summary>
public static class Milestones
{
    [Allow(Audience.Anonymous)]
    public sealed record Query : CommitmentListQuery, IQuery<KeysetPage<MilestoneRow>>;

    /// <summary>Every milestone of every published plan, streamed for the open-data downloads.</summary>
    [Allow(Audience.Anonymous)]
    public sealed record Stream : IStreamQuery<MilestoneRow>;

    public sealed class Validator(IStringLocalizer<SharedResource> text) : CommitmentListQueryValidator<Query>(text);

    public sealed class Handler(PortalDbContext db)
        : PublicListHandler<Query, Stream, MilestoneRow>(query => Public(db, query), m => Keyset.Id(m.Id));

    public static IQueryable<MilestoneRow> Public(PortalDbContext db, Query query)
    {
        var rows =
            from ms in db.Milestones
            join c in PublishedCommitments.Of(db, query) on ms.CommitmentId equals c.Commitment.Id
            select new
            {
                ms,
                c.Commitment.OgpId,
                c.MemberCode,
            };
        if (Keyset.TryParseId(query.After, out var after))
        {
            rows = rows.Where(r => r.ms.Id > after);
        }

        return rows.OrderBy(r => r.ms.Id)
            .Select(r => new MilestoneRow(
                r.ms.Id,
                r.OgpId,
                r.MemberCode,
                r.ms.Order,
                r.ms.Text,
                r.ms.StartsOn,
                r.ms.EndsOn,
                r.ms.ExpectedOutput,
                Paths.CommitmentMilestones(r.OgpId)
            ));
    }
}
