using CoCreation.Domain.ActionPlans;
using CoCreation.Web.Data;
using CoCreation.Web.Infrastructure.Identity;
using CoCreation.Web.Infrastructure.Web;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CoCreation.Web.Features.ActionPlans;

/// <summary>
/// Every published National Action Plan across members, in member code order then newest cycle first: the plans the member pages link to.
/// </summary>
public static class Index
{
    public const int PageSize = 50;

    [Allow(Audience.Anonymous)]
    public sealed record Query : IQuery<Model>
    {
        public string? Member { get; init; }

        public PlanStatus? Status { get; init; }

        /// <summary>Keyset cursor: "{member code}~{cycle}" of the last plan of the previous page.</summary>
        public string? After { get; init; }

        public int? Limit { get; init; }
    }

    /// <summary>Every published plan, streamed for the open-data downloads.</summary>
    [Allow(Audience.Anonymous)]
    public sealed record Stream : IStreamQuery<Item>;

    public sealed record Model(IReadOnlyList<Item> Items, string? NextAfter) : IKeysetPage<Item>;

    public sealed record Item(
        string MemberCode,
        string Cycle,
        PlanStatus Status,
        DateTimeOffset PublishedAt,
        List<PlanDocument> Documents,
        int Commitments
    );

    public static string CursorOf(Item item) => Keyset.TextPair(item.MemberCode, item.Cycle);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator(IStringLocalizer<SharedResource> text)
        {
            RuleFor(q => q.Member).Must(m => m is null || Keyset.IsValidTextKey(m)).WithMessage(_ => text["Validation.Choice"]);
            RuleFor(q => q.Status).IsInEnum().WithMessage(_ => text["Validation.Choice"]);
            RuleFor(q => q.After)
                .Must(a => a is null || Keyset.TryParseTextPair(a, out _, out _))
                .WithMessage(_ => text["Validation.Cursor"]);
            RuleFor(q => q.Limit).ValidLimit(text);
        }
    }

    public sealed class Handler(PortalDbContext db) : IQueryHandler<Query, Model>, IStreamQueryHandler<Stream, Item>
    {
        public async ValueTask<Model> Handle(Query query, CancellationToken cancellationToken)
        {
            var (page, next) = await Keyset.PageAsync(Public(db, query), query.Limit ?? PageSize, CursorOf, cancellationToken);
            return new Model(page, next);
        }

        public IAsyncEnumerable<Item> Handle(Stream query, CancellationToken cancellationToken) =>
            Public(db, new Query()).AsAsyncEnumerable();
    }

    public static IQueryable<Item> Public(PortalDbContext db, Query query)
    {
        var plans =
            from p in db.NationalActionPlans
            join m in db.Members on p.MemberId equals m.Id
            where p.PublishedAt != null
            select new { p, m.Code };
        if (!string.IsNullOrWhiteSpace(query.Member))
        {
            var code = query.Member.ToUpperInvariant();
            plans = plans.Where(x => x.Code == code);
        }

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
