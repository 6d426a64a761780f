using CoCreation.Domain.Common;
using CoCreation.Web.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CoCreation.Web.Features.Submissions;

/// <summary>The members to choose from in submission forms and filters.</summary>
public static class MemberChoices
{
    public sealed record Query : IQuery<IReadOnlyList<Item>>;

    public sealed record Item(string Code, LocalizedText Name);

    public sealed class Handler(PortalDbContext db) : IQueryHandler<Query, IReadOnlyList<Item>>
    {
        public async ValueTask<IReadOnlyList<Item>> Handle(Query query, CancellationToken cancellationToken) =>
            await db.Members.AsNoTracking().OrderBy(m => m.Code).Select(m => new Item(m.Code, m.Name)).ToListAsync(cancellationToken);
    }
}
