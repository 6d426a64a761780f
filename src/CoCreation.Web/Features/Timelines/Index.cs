using CoCreation.Domain.Common;
using CoCreation.Domain.Timelines;
using CoCreation.Web.Data;
using CoCreation.Web.Infrastructure;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoCreation.Web.Features.Timelines;

/// <summary>Every published timeline with its two-weeks check and evidence: the standard at a glance, across members.</summary>
public static class Index
{
    public sealed record Query : IQuery<Model>;

    public sealed record Model(int MinimumDays, IReadOnlyList<Item> Items)
    {
        public int Met => Items.Count(i => i.Check == TwoWeeksResult.Met);
    }

    public sealed record Item(string Code, LocalizedText Name, string Cycle, DateTimeOffset PublishedAt, DateTimeOffset? FirstActivityAt, int Activities, TwoWeeksResult Check);

    public sealed class Handler(PortalDbContext db, IOptions<PortalOptions> options) : IQueryHandler<Query, Model>
    {
        public async ValueTask<Model> Handle(Query query, CancellationToken cancellationToken)
        {
            var rows = await (
                    from t in db.Timelines
                    join m in db.Members on t.MemberId equals m.Id
                    where t.PublishedAt != null
                    orderby m.Code, t.Cycle descending
                    select new
                    {
                        m.Code,
                        m.Name,
                        t.Cycle,
                        PublishedAt = t.PublishedAt!.Value,
                        First = t.Activities.Where(a => a.CancelledAt == null).Min(a => (DateTimeOffset?)a.StartsAt),
                        Activities = t.Activities.Count(a => a.CancelledAt == null),
                    })
                .AsNoTracking()
                .ToListAsync(cancellationToken);
            var days = options.Value.Timelines.MinimumDaysBeforeFirstActivity;
            return new Model(days, rows.Select(r => new Item(r.Code, r.Name, r.Cycle, r.PublishedAt, r.First, r.Activities, CoCreationTimeline.CheckTwoWeeks(r.PublishedAt, r.First, days))).ToList());
        }
    }
}
