using CoCreation.Domain.ActionPlans;
using CoCreation.Web.Features.Members;
using CoCreation.Web.Features.OpenData;

namespace CoCreation.Web.Features.ActionPlans;

/// <summary>
/// Every published National Action Plan across members, in member code order then newest cycle first: the plans the member pages link to.
/// </summary>
public static class Index
{
    [Allow(Audience.Anonymous)]
    public sealed record Query : MemberListQuery, IQuery<KeysetPage<Item>>
    {
        public PlanStatus? Status { get; init; }
    }

    /// <summary>Every published plan, streamed for the open-data downloads.</summary>
    [Allow(Audience.Anonymous)]
    public sealed record Stream : IStreamQuery<Item>;

    public sealed record Item(
        string MemberCode,
        string Cycle,
        PlanStatus Status,
        DateTimeOffset PublishedAt,
        List<PlanDocument> Documents,
        int Commitments
    );

    public static string CursorOf(Item item) => Keyset.TextPair(item.MemberCode, item.Cycle);

    public sealed class Validator : MemberListQueryValidator<Query>
    {
        public Validator(IStringLocalizer<SharedResource> text)
            : base(text, Keyset.IsTextPair)
        {
            RuleFor(q => q.Status).IsInEnum().WithMessage(_ => text["Validation.Choice"]);
        }
    }

    public sealed class Handler(PortalDbContext db) : PublicListHandler<Query, Stream, Item>(query => Public(db, query), CursorOf);

    public static IQueryable<Item> Public(PortalDbContext db, Query query)
    {
        var plans =
            from p in db.NationalActionPlans
            join m in MemberFilter.Of(db, query.Member) on p.MemberId equals m.Id
            where p.PublishedAt != null
            select new { p, m.Code };
        if (query.Status is { } status)
        {
            plans = plans.Where(x => x.p.Status == status);
        }

        if (query.After is not null && Keyset.TryParseTextPair(query.After, out var afterCode, out var afterCycle))
        {
            plans = plans.Where(x =>
                string.Compare(x.Code, afterCode) > 0 || (x.Code == afterCode && string.Compare(x.p.Cycle, afterCycle) < 0)
            );
        }

        return plans
            .OrderBy(x => x.Code)
            .ThenByDescending(x => x.p.Cycle)
            .Select(x => new Item(
                x.Code,
                x.p.Cycle,
                x.p.Status,
                x.p.PublishedAt!.Value,
                EF.Property<List<PlanDocument>>(x.p, "_documents"),
                x.p.Commitments.Count
            ))
            .AsNoTracking();
    }
}
