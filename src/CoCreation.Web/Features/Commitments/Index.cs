using CoCreation.Domain.ActionPlans;
using CoCreation.Domain.Submissions;
using CoCreation.Web.Features.Members;
using CoCreation.Web.Features.OpenData;

namespace CoCreation.Web.Features.Commitments;

/// <summary>The commitments of every published plan, in OGP id order, filtered by member, cycle, policy area and completion.</summary>
public static class Index
{
    [Allow(Audience.Anonymous)]
    public sealed record Query : MemberListQuery, IQuery<KeysetPage<Item>>
    {
        /// <summary>A commitment's OGP id: the public API's single commitment is this list's row.</summary>
        public string? Commitment { get; init; }

        public string? Cycle { get; init; }

        public string? PolicyArea { get; init; }

        public CompletionLevel? Completion { get; init; }
    }

    /// <summary>Every commitment of every published plan, streamed for the open-data downloads.</summary>
    [Allow(Audience.Anonymous)]
    public sealed record Stream : IStreamQuery<Item>;

    public sealed record Item(
        string OgpId,
        string MemberCode,
        string Cycle,
        LocalizedText Title,
        string? Problem,
        string? Solution,
        string? HowItHelps,
        string? Relevance,
        List<string> PolicyAreas,
        List<string> OgpValues,
        string? LeadInstitution,
        List<string> SupportingInstitutions,
        DateOnly? StartsOn,
        DateOnly? EndsOn,
        CompletionLevel Completion,
        List<long> Submissions
    );

    public sealed class Validator : MemberListQueryValidator<Query>
    {
        public Validator(IStringLocalizer<SharedResource> text)
            : base(text, Keyset.IsValidTextKey)
        {
            RuleFor(q => q.Commitment).Must(c => c is null || Keyset.IsValidTextKey(c)).WithMessage(_ => text["Validation.Choice"]);
            RuleFor(q => q.Cycle).MaximumLength(Domain.Timelines.CoCreationTimeline.CycleMax).WithMessage(_ => text["Validation.Choice"]);
            RuleFor(q => q.PolicyArea).Must(a => a is null || PolicyAreas.IsKnown(a)).WithMessage(_ => text["Validation.Choice"]);
            RuleFor(q => q.Completion).IsInEnum().WithMessage(_ => text["Validation.Choice"]);
        }
    }

    public sealed class Handler(PortalDbContext db) : PublicListHandler<Query, Stream, Item>(query => Public(db, query), c => c.OgpId);

    public static IQueryable<Item> Public(PortalDbContext db, Query query)
    {
        var rows =
            from c in db.Commitments
            join p in db.NationalActionPlans on c.NationalActionPlanId equals p.Id
            join m in MemberFilter.Of(db, query.Member) on p.MemberId equals m.Id
            where p.PublishedAt != null
            select new
            {
                c,
                p.Cycle,
                m.Code,
            };
        if (!string.IsNullOrWhiteSpace(query.Commitment))
        {
            var ogpId = query.Commitment.ToUpperInvariant();
            rows = rows.Where(r => r.c.OgpId == ogpId);
        }

        if (!string.IsNullOrWhiteSpace(query.Cycle))
        {
            rows = rows.Where(r => r.Cycle == query.Cycle);
        }

        if (query.PolicyArea is { } area)
        {
            rows = rows.Where(r => r.c.PolicyAreas.Contains(area));
        }

        if (query.Completion is { } completion)
        {
            rows = rows.Where(r => r.c.Completion == completion);
        }

        if (query.After is { } after)
        {
            var ogpId = after.ToUpperInvariant();
            rows = rows.Where(r => string.Compare(r.c.OgpId, ogpId) > 0);
        }

        return rows.OrderBy(r => r.c.OgpId)
            .Select(r => new Item(
                r.c.OgpId,
                r.Code,
                r.Cycle,
                r.c.Title,
                r.c.Problem,
                r.c.Solution,
                r.c.HowItHelps,
                r.c.Relevance,
                r.c.PolicyAreas,
                r.c.OgpValues,
                r.c.LeadInstitution,
                r.c.SupportingInstitutions,
                r.c.StartsOn,
                r.c.EndsOn,
                r.c.Completion,
                db.Submissions.Where(s =>
                        PublicSubmissions.Statuses.Contains(s.Status) && s.Commitments.Any(sc => sc.CommitmentId == r.c.Id)
                    )
                    .OrderBy(s => s.Id)
                    .Select(s => s.Id)
                    .ToList()
            ))
            .AsNoTracking();
    }
}
