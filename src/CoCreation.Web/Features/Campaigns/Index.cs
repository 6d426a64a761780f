using CoCreation.Domain.Common;
using CoCreation.Web.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CoCreation.Web.Features.Campaigns;

/// <summary>Every campaign, newest first.</summary>
public static class Index
{
    public sealed record Query : IQuery<IReadOnlyList<Item>>;

    public sealed record Item(string Slug, LocalizedText Title, LocalizedText Summary, DateOnly StartsOn, DateOnly EndsOn, int ParticipantCount);

    public sealed class Handler(PortalDbContext db) : IQueryHandler<Query, IReadOnlyList<Item>>
    {
        public async ValueTask<IReadOnlyList<Item>> Handle(Query query, CancellationToken cancellationToken) =>
            await db.Campaigns.AsNoTracking()
                .OrderByDescending(c => c.StartsOn)
                .Select(c => new Item(c.Slug, c.Title, c.Summary, c.StartsOn, c.EndsOn, c.Participants.Count))
                .ToListAsync(cancellationToken);
    }
}
