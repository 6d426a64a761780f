using CoCreation.Domain.Forums;
using CoCreation.Web.Data;
using CoCreation.Web.Infrastructure.Identity;
using CoCreation.Web.Infrastructure.Web;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CoCreation.Web.Features.Forums;

/// <summary>
/// The people on every member's multi-stakeholder forum with their organisation and sector, in the order they were
/// added, filtered by member and sector: the forums' composition (standard 1) as open data.
/// </summary>
public static class ForumMembers
{
    public const int PageSize = 50;

    [Allow(Audience.Anonymous)]
    public sealed record Query : IQuery<Model>
    {
        public string? Member { get; init; }

        public ForumSector? Sector { get; init; }

        /// <summary>Keyset cursor: the id of the last row of the previous page.</summary>
        public string? After { get; init; }

        public int? Limit { get; init; }
    }

    /// <summary>Every forum member, streamed for the open-data downloads.</summary>
    [Allow(Audience.Anonymous)]
    public sealed record Stream : IStreamQuery<Item>;

    public sealed record Model(IReadOnlyList<Item> Items, string? NextAfter) : IKeysetPage<Item>;

    public sealed record Item(int Id, string MemberCode, string Name, string Organisation, ForumSector Sector, DateTimeOffset AddedAt);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator(IStringLocalizer<SharedResource> text)
        {
            RuleFor(q => q.Member).Must(m => m is null || Keyset.IsValidTextKey(m)).WithMessage(_ => text["Validation.Choice"]);
            RuleFor(q => q.Sector).IsInEnum().WithMessage(_ => text["Validation.Choice"]);
            RuleFor(q => q.After).Must(a => a is null || Keyset.TryParseId(a, out _)).WithMessage(_ => text["Validation.Cursor"]);
            RuleFor(q => q.Limit).ValidLimit(text);
        }
    }

    public sealed class Handler(PortalDbContext db) : IQueryHandler<Query, Model>, IStreamQueryHandler<Stream, Item>
    {
        public async ValueTask<Model> Handle(Query query, CancellationToken cancellationToken)
        {
            var (page, next) = await Keyset.PageAsync(Public(db, query), query.Limit ?? PageSize, f => Keyset.Id(f.Id), cancellationToken);
            return new Model(page, next);
        }

        public IAsyncEnumerable<Item> Handle(Stream query, CancellationToken cancellationToken) =>
            Public(db, new Query()).AsAsyncEnumerable();
    }

    public static IQueryable<Item> Public(PortalDbContext db, Query query)
    {
        var rows =
            from person in db.ForumMembers
            join forum in db.Forums on person.ForumId equals forum.Id
            join m in db.Members on forum.MemberId equals m.Id
            select new { person, m.Code };
        if (!string.IsNullOrWhiteSpace(query.Member))
        {
            var code = query.Member.ToUpperInvariant();
            rows = rows.Where(r => r.Code == code);
        }

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
