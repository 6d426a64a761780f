using CoCreation.Domain.Common;
using CoCreation.Web.Data;
using CoCreation.Web.Infrastructure.Identity;
using CoCreation.Web.Infrastructure.Web;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CoCreation.Web.Features.Commitments;

/// <summary>
/// The milestones of the commitments of every published plan, in the order they were added, filtered by member and
/// commitment: the steps of the plans as open data and through the public API.
/// </summary>
public static class Milestones
{
    public const int PageSize = 50;

    [Allow(Audience.Anonymous)]
    public sealed record Query : IQuery<Model>
    {
        public string? Member { get; init; }

        /// <summary>A commitment's OGP id.</summary>
        public string? Commitment { get; init; }

        /// <summary>Keyset cursor: the id of the last milestone of the previous page.</summary>
        public string? After { get; init; }

        public int? Limit { get; init; }
    }

    /// <summary>Every milestone of every published plan, streamed for the open-data downloads.</summary>
    [Allow(Audience.Anonymous)]
    public sealed record Stream : IStreamQuery<Item>;

    public sealed record Model(IReadOnlyList<Item> Items, string? NextAfter) : IKeysetPage<Item>;

    public sealed record Item(
        int Id,
        string OgpId,
        string MemberCode,
        int Order,
        LocalizedText Text,
        DateOnly StartsOn,
        DateOnly EndsOn,
        string? ExpectedOutput
    );

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator(IStringLocalizer<SharedResource> text)
        {
            RuleFor(q => q.Member).Must(m => m is null || Keyset.IsValidTextKey(m)).WithMessage(_ => text["Validation.Choice"]);
            RuleFor(q => q.Commitment).Must(c => c is null || Keyset.IsValidTextKey(c)).WithMessage(_ => text["Validation.Choice"]);
            RuleFor(q => q.After).Must(a => a is null || Keyset.TryParseId(a, out _)).WithMessage(_ => text["Validation.Cursor"]);
            RuleFor(q => q.Limit).ValidLimit(text);
        }
    }

    public sealed class Handler(PortalDbContext db) : IQueryHandler<Query, Model>, IStreamQueryHandler<Stream, Item>
    {
        public async ValueTask<Model> Handle(Query query, CancellationToken cancellationToken)
        {
            var (page, next) = await Keyset.PageAsync(Public(db, query), query.Limit ?? PageSize, m => Keyset.Id(m.Id), cancellationToken);
            return new Model(page, next);
        }

        public IAsyncEnumerable<Item> Handle(Stream query, CancellationToken cancellationToken) =>
            Public(db, new Query()).AsAsyncEnumerable();
    }

    public static IQueryable<Item> Public(PortalDbContext db, Query query)
    {
        var rows =
            from ms in db.Milestones
            join c in db.Commitments on ms.CommitmentId equals c.Id
            join p in db.NationalActionPlans on c.NationalActionPlanId equals p.Id
            join m in db.Members on p.MemberId equals m.Id
            where p.PublishedAt != null
            select new
            {
                ms,
                c.OgpId,
                m.Code,
            };
        if (!string.IsNullOrWhiteSpace(query.Member))
        {
            var code = query.Member.ToUpperInvariant();
            rows = rows.Where(r => r.Code == code);
        }

        if (!string.IsNullOrWhiteSpace(query.Commitment))
        {
            var ogpId = query.Commitment.ToUpperInvariant();
            rows = rows.Where(r => r.OgpId == ogpId);
        }

        if (Keyset.TryParseId(query.After, out var after))
        {
            rows = rows.Where(r => r.ms.Id > after);
        }

        return rows.OrderBy(r => r.ms.Id)
            .Select(r => new Item(r.ms.Id, r.OgpId, r.Code, r.ms.Order, r.ms.Text, r.ms.StartsOn, r.ms.EndsOn, r.ms.ExpectedOutput));
    }
}
