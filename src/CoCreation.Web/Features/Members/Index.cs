using CoCreation.Domain.Members;

namespace CoCreation.Web.Features.Members;

/// <summary>
/// The members directory, filtered by region, kind, cycle status and new membership, in code order. The page
/// shows every member; the public API and the open-data export read the same rows a page at a time.
/// </summary>
public static class Index
{
    public sealed record Query : KeysetQuery
    {
        public Region? Region { get; init; }

        /// <summary>Countries or subnational entities.</summary>
        public MemberKind? Kind { get; init; }

        public CycleStatus? Status { get; init; }

        public bool NewOnly { get; init; }
    }

    public sealed record Model(IReadOnlyList<Item> Items, string? NextAfter) : IKeysetPage<Item>
    {
        public int Total => Items.Count;
    }

    public sealed record Item(
        string Code,
        LocalizedText Name,
        MemberKind Kind,
        Region Region,
        CycleStatus Status,
        bool IsNewMember,
        DateOnly JoinedOn,
        Details.MemberLink? Country,
        string? CurrentCycle
    );

    [Allow(Audience.Anonymous)]
    public sealed record Request(Query Filter) : IQuery<Model>;

    /// <summary>Every matching member, streamed, for the open-data downloads.</summary>
    [Allow(Audience.Anonymous)]
    public sealed record Stream(Query Filter) : IStreamQuery<Item>;

    public sealed class Validator : AbstractValidator<Request>
    {
        public Validator(IStringLocalizer<SharedResource> text)
        {
            RuleFor(r => r.Filter.Region).IsInEnum().WithMessage(_ => text["Validation.Choice"]);
            RuleFor(r => r.Filter.Kind).IsInEnum().WithMessage(_ => text["Validation.Choice"]);
            RuleFor(r => r.Filter.Status).IsInEnum().WithMessage(_ => text["Validation.Choice"]);
            RuleFor(r => r.Filter.After).Must(a => a is null || Keyset.IsValidTextKey(a)).WithMessage(_ => text["Validation.Cursor"]);
            RuleFor(r => r.Filter.Limit).ValidLimit(text);
        }
    }

    public sealed class Handler(PortalDbContext db) : IQueryHandler<Request, Model>, IStreamQueryHandler<Stream, Item>
    {
        public async ValueTask<Model> Handle(Request request, CancellationToken cancellationToken)
        {
            var (page, next) = await Keyset.PageAsync(Public(db, request.Filter), request.Filter.Limit, i => i.Code, cancellationToken);
            return new Model(page, next);
        }

        public IAsyncEnumerable<Item> Handle(Stream query, CancellationToken cancellationToken) =>
            Public(db, query.Filter with { After = null }).AsAsyncEnumerable();
    }

    /// <summary>The matching members after the cursor, in code order.</summary>
    public static IQueryable<Item> Public(PortalDbContext db, Query filter)
    {
        var members = db.Members.AsNoTracking();
        if (filter.Region is { } region)
        {
            members = members.Where(m => m.Region == region);
        }

        if (filter.Kind is { } kind)
        {
            members = members.Where(m => m.Kind == kind);
        }

        if (filter.Status is { } status)
        {
            members = members.Where(m => m.CycleStatus == status);
        }

        if (filter.NewOnly)
        {
            members = members.Where(m => m.IsNewMember);
        }

        if (filter.After is { } after)
        {
            var code = after.ToUpperInvariant();
            members = members.Where(m => string.Compare(m.Code, code) > 0);
        }

        return members
            .OrderBy(m => m.Code)
            .Select(m => new Item(
                m.Code,
                m.Name,
                m.Kind,
                m.Region,
                m.CycleStatus,
                m.IsNewMember,
                m.JoinedOn,
                db.Members.Where(p => p.Id == m.ParentId).Select(p => new Details.MemberLink(p.Code, p.Name)).FirstOrDefault(),
                m.CurrentCycle
            ));
    }
}
