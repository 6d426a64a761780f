using CoCreation.Web.Data;
using CoCreation.Web.Infrastructure.Identity;
using CoCreation.Web.Infrastructure.Web;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CoCreation.Web.Features.Forums;

/// <summary>
/// The decision logs of the members' multi-stakeholder forums, in the order they were recorded, filtered by member:
/// what each forum decided and when, as open data.
/// </summary>
public static class Decisions
{
    public const int PageSize = 50;

    [Allow(Audience.Anonymous)]
    public sealed record Query : IQuery<Model>
    {
        public string? Member { get; init; }

        /// <summary>Keyset cursor: the id of the last decision of the previous page.</summary>
        public string? After { get; init; }

        public int? Limit { get; init; }
    }

    /// <summary>Every forum decision, streamed for the open-data downloads.</summary>
    [Allow(Audience.Anonymous)]
    public sealed record Stream : IStreamQuery<Item>;

    public sealed record Model(IReadOnlyList<Item> Items, string? NextAfter) : IKeysetPage<Item>;

    public sealed record Item(int Id, string MemberCode, DateOnly DecidedOn, string Text, string Language, string? Link);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator(IStringLocalizer<SharedResource> text)
        {
            RuleFor(q => q.Member).Must(m => m is null || Keyset.IsValidTextKey(m)).WithMessage(_ => text["Validation.Choice"]);
            RuleFor(q => q.After).Must(a => a is null || Keyset.TryParseId(a, out _)).WithMessage(_ => text["Validation.Cursor"]);
            RuleFor(q => q.Limit).ValidLimit(text);
        }
    }

    public sealed class Handler(PortalDbContext db) : IQueryHandler<Query, Model>, IStreamQueryHandler<Stream, Item>
    {
        public async ValueTask<Model> Handle(Query query, CancellationToken cancellationToken)
        {
            var (page, next) = await Keyset.PageAsync(Public(db, query), query.Limit ?? PageSize, d => Keyset.Id(d.Id), cancellationToken);
            return new Model(page, next);
        }

        public IAsyncEnumerable<Item> Handle(Stream query, CancellationToken cancellationToken) =>
            Public(db, new Query()).AsAsyncEnumerable();
    }

    public static IQueryable<Item> Public(PortalDbContext db, Query query)
    {
        var rows =
            from decision in db.ForumDecisions
            join forum in db.Forums on decision.ForumId equals forum.Id
            join m in db.Members on forum.MemberId equals m.Id
            select new { decision, m.Code };
        if (!string.IsNullOrWhiteSpace(query.Member))
        {
            var code = query.Member.ToUpperInvariant();
            rows = rows.Where(r => r.Code == code);
        }

        if (Keyset.TryParseId(query.After, out var after))
        {
            rows = rows.Where(r => r.decision.Id > after);
        }

        return rows.OrderBy(r => r.decision.Id)
            .Select(r => new Item(r.decision.Id, r.Code, r.decision.DecidedOn, r.decision.Text, r.decision.Language, r.decision.Link));
    }
}
