using CoCreation.Domain.Common;
using CoCreation.Domain.Members;
using CoCreation.Web.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CoCreation.Web.Features.Members;

/// <summary>The members directory, filtered by region, cycle status and new membership.</summary>
public static class Index
{
    public sealed record Query
    {
        public Region? Region { get; init; }

        public CycleStatus? Status { get; init; }

        public bool NewOnly { get; init; }
    }

    public sealed record Model(IReadOnlyList<Item> Members, int Total);

    public sealed record Item(string Code, LocalizedText Name, MemberKind Kind, Region Region, CycleStatus Status, bool IsNewMember, DateOnly JoinedOn);

    public sealed record Request(Query Filter) : IQuery<Model>;

    public sealed class Handler(PortalDbContext db) : IQueryHandler<Request, Model>
    {
        public async ValueTask<Model> Handle(Request request, CancellationToken cancellationToken)
        {
            var filter = request.Filter;
            var members = db.Members.AsNoTracking();
            if (filter.Region is { } region)
            {
                members = members.Where(m => m.Region == region);
            }

            if (filter.Status is { } status)
            {
                members = members.Where(m => m.CycleStatus == status);
            }

            if (filter.NewOnly)
            {
                members = members.Where(m => m.IsNewMember);
            }

            var items = await members
                .OrderBy(m => m.Code)
                .Select(m => new Item(m.Code, m.Name, m.Kind, m.Region, m.CycleStatus, m.IsNewMember, m.JoinedOn))
                .ToListAsync(cancellationToken);
            return new Model(items, items.Count);
        }
    }
}
