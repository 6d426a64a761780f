using CoCreation.Web.Features.Members;
using CoCreation.Web.Features.OpenData;

namespace CoCreation.Web.Features.Forums;

/// <summary>
/// The decision logs of the members' multi-stakeholder forums, in the order they were recorded, filtered by member:
/// what each forum decided and when, as open data.
/// </summary>
public static class Decisions
{
    [Allow(Audience.Anonymous)]
    public sealed record Query : MemberListQuery, IQuery<KeysetPage<Item>>;

    /// <summary>Every forum decision, streamed for the open-data downloads.</summary>
    [Allow(Audience.Anonymous)]
    public sealed record Stream : IStreamQuery<Item>;

    public sealed record Item(int Id, string MemberCode, DateOnly DecidedOn, string Text, string Language, string? Link);

    public sealed class Validator : MemberListQueryValidator<Query>
    {
        public Validator(IStringLocalizer<SharedResource> text)
            : base(text, Keyset.IsId) { }
    }

    public sealed class Handler(PortalDbContext db)
        : PublicListHandler<Query, Stream, Item>(query => Public(db, query), d => Keyset.Id(d.Id));

    public static IQueryable<Item> Public(PortalDbContext db, Query query)
    {
        var rows =
            from decision in db.ForumDecisions
            join forum in db.Forums on decision.ForumId equals forum.Id
            join m in MemberFilter.Of(db, query.Member) on forum.MemberId equals m.Id
            select new { decision, m.Code };
        if (Keyset.TryParseId(query.After, out var after))
        {
            rows = rows.Where(r => r.decision.Id > after);
        }

        return rows.OrderBy(r => r.decision.Id)
            .Select(r => new Item(r.decision.Id, r.Code, r.decision.DecidedOn, r.decision.Text, r.decision.Language, r.decision.Link));
    }
}
