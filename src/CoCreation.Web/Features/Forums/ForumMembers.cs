using CoCreation.Domain.Forums;
using CoCreation.Web.Features.Members;
using CoCreation.Web.Features.OpenData;

namespace CoCreation.Web.Features.Forums;

/// <summary>
/// The people on every member's multi-stakeholder forum with their organisation and sector, in the order they were
/// added, filtered by member and sector: the forums' composition (standard 1) as open data.
/// </summary>
public static class ForumMembers
{
    [Allow(Audience.Anonymous)]
    public sealed record Query : MemberListQuery, IQuery<KeysetPage<Item>>
    {
        public ForumSector? Sector { get; init; }
    }

    /// <summary>Every forum member, streamed for the open-data downloads.</summary>
    [Allow(Audience.Anonymous)]
    public sealed record Stream : IStreamQuery<Item>;

    public sealed record Item(int Id, string MemberCode, string Name, string Organisation, ForumSector Sector, DateTimeOffset AddedAt);

    public sealed class Validator : MemberListQueryValidator<Query>
    {
        public Validator(IStringLocalizer<SharedResource> text)
            : base(text, Keyset.IsId)
        {
            RuleFor(q => q.Sector).IsInEnum().WithMessage(_ => text["Validation.Choice"]);
        }
    }

    public sealed class Handler(PortalDbContext db)
        : PublicListHandler<Query, Stream, Item>(query => Public(db, query), f => Keyset.Id(f.Id));

    public static IQueryable<Item> Public(PortalDbContext db, Query query)
    {
        var rows =
            from person in db.ForumMembers
            join forum in db.Forums on person.ForumId equals forum.Id
            join m in MemberFilter.Of(db, query.Member) on forum.MemberId equals m.Id
            select new { person, m.Code };
        if (query.Sector is { } sector)
        {
            rows = rows.Where(r => r.person.Sector == sector);
        }

        if (Keyset.TryParseId(query.After, out var after))
        {
            rows = rows.Where(r => r.person.Id > after);
        }

        return rows.OrderBy(r => r.person.Id)
            .Select(r => new Item(r.person.Id, r.Code, r.person.Name, r.person.Organisation, r.person.Sector, r.person.AddedAt));
    }
}
