using CoCreation.Domain.Members;

namespace CoCreation.Web.Features.Campaigns;

/// <summary>All members, for the "participating members" choice of the campaign form.</summary>
public static class Members
{
    [Allow(Audience.SupportUnit)]
    public sealed record Query : IQuery<IReadOnlyList<Choice>>;

    public sealed record Choice(string Code, LocalizedText Name, Region Region);

    public sealed class Handler(PortalDbContext db) : IQueryHandler<Query, IReadOnlyList<Choice>>
    {
        public async ValueTask<IReadOnlyList<Choice>> Handle(Query query, CancellationToken cancellationToken) =>
            await db
                .Members.AsNoTracking()
                .OrderBy(m => m.Code)
                .Select(m => new Choice(m.Code, m.Name, m.Region))
                .ToListAsync(cancellationToken);
    }
}
