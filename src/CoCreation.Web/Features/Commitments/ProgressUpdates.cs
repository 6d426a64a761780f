using CoCreation.Web.Features.OpenData;

namespace CoCreation.Web.Features.Commitments;

/// <summary>
/// The dated progress updates of the commitments of every published plan (level on the IRM scale, what was done, the
/// evidence), in the order they were recorded, filtered by member and commitment, as their public rows: implementation
/// as open data.
/// </summary>
public static class ProgressUpdates
{
    [Allow(Audience.Anonymous)]
    public sealed record Query : CommitmentListQuery, IQuery<KeysetPage<ProgressUpdateRow>>;

    /// <summary>Every progress update of every published plan, streamed for the open-data downloads.</summary>
    [Allow(Audience.Anonymous)]
    public sealed record Stream : IStreamQuery<ProgressUpdateRow>;

    public sealed class Validator(IStringLocalizer<SharedResource> text) : CommitmentListQueryValidator<Query>(text);

    public sealed class Handler(PortalDbContext db)
        : PublicListHandler<Query, Stream, ProgressUpdateRow>(query => Public(db, query), u => Keyset.Id(u.Id));

    public static IQueryable<ProgressUpdateRow> Public(PortalDbContext db, Query query)
    {
        var rows =
            from u in db.ProgressUpdates
            join c in PublishedCommitments.Of(db, query) on u.CommitmentId equals c.Commitment.Id
            select new
            {
                u,
                c.Commitment.OgpId,
                c.MemberCode,
            };
        if (Keyset.TryParseId(query.After, out var after))
        {
            rows = rows.Where(r => r.u.Id > after);
        }

        return rows.OrderBy(r => r.u.Id)
            .Select(r => new ProgressUpdateRow(
                r.u.Id,
                r.OgpId,
                r.MemberCode,
                r.u.MilestoneId,
                r.u.On,
                r.u.Level,
                r.u.Text,
                r.u.Language,
                ProgressUpdateRow.EvidenceTexts(r.u.Evidence),
                r.u.RecordedAt,
                Paths.CommitmentProgress(r.OgpId)
            ));
    }
}
