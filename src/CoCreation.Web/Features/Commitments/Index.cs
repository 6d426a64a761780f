using CoCreation.Domain.ActionPlans;
using CoCreation.Domain.Submissions;
using CoCreation.Web.Features.Members;
using CoCreation.Web.Features.OpenData;

namespace CoCreation.Web.Features.Commitments;

/// <summary>
/// The commitments of every published plan, in OGP id order, filtered by member, cycle, policy area and completion, as
/// their public rows: the open data and the public API.
/// </summary>
public static class Index
{
    /// <remarks>
    /// Its <see cref="CommitmentListQuery.Commitment"/> is how the public API reads a single commitment: this list's row.
    /// </remarks>
    [Allow(Audience.Anonymous)]
    public sealed record Query : CommitmentListQuery, IQuery<KeysetPage<CommitmentRow>>
    {
        public string? Cycle { get; init; }

        public string? PolicyArea { get; init; }

        public CompletionLevel? Completion { get; init; }
    }

    /// <summary>Every commitment of every published plan, streamed for the open-data downloads.</summary>
    [Allow(Audience.Anonymous)]
    public sealed record Stream : IStreamQuery<CommitmentRow>;

    public sealed class Validator : CommitmentListQueryValidator<Query>
    {
        public Validator(IStringLocalizer<SharedResource> text)
            : base(text, Keyset.IsValidTextKey)
        {
            RuleFor(q => q.Cycle).MaximumLength(Domain.Timelines.CoCreationTimeline.CycleMax).WithMessage(_ => text["Validation.Choice"]);
            RuleFor(q => q.PolicyArea).Must(a => a is null || PolicyAreas.IsKnown(a)).WithMessage(_ => text["Validation.Choice"]);
            RuleFor(q => q.Completion).IsInEnum().WithMessage(_ => text["Validation.Choice"]);
        }
    }

    public sealed class Handler(PortalDbContext db)
        : PublicListHandler<Query, Stream, CommitmentRow>(query => Public(db, query), c => c.OgpId);

    public static IQueryable<CommitmentRow> Public(PortalDbContext db, Query query)
    {
        var rows = PublishedCommitments.Of(db, query);
        if (!string.IsNullOrWhiteSpace(query.Cycle))
        {
            rows = rows.Where(r => r.Cycle == query.Cycle);
        }

        if (query.PolicyArea is { } area)
        {
            rows = rows.Where(r => r.Commitment.PolicyAreas.Contains(area));
        }

        if (query.Completion is { } completion)
        {
            rows = rows.Where(r => r.Commitment.Completion == completion);
        }

        if (query.After is { } after)
        {
            var ogpId = after.ToUpperInvariant();
            rows = rows.Where(r => string.Compare(r.Commitment.OgpId, ogpId) > 0);
        }

        return rows.OrderBy(r => r.Commitment.OgpId)
            .Select(r => new CommitmentRow(
                r.Commitment.OgpId,
                r.MemberCode,
                r.Cycle,
                r.Commitment.Title,
                r.Commitment.Problem,
                r.Commitment.Solution,
                r.Commitment.HowItHelps,
                r.Commitment.Relevance,
                r.Commitment.PolicyAreas,
                r.Commitment.OgpValues,
                r.Commitment.LeadInstitution,
                r.Commitment.SupportingInstitutions,
                r.Commitment.StartsOn,
                r.Commitment.EndsOn,
                r.Commitment.Completion,
                db.Submissions.Where(s =>
                        PublicSubmissions.Statuses.Contains(s.Status) && s.Commitments.Any(sc => sc.CommitmentId == r.Commitment.Id)
                    )
                    .OrderBy(s => s.Id)
                    .Select(s => s.Id)
                    .ToList(),
                Paths.Commitment(r.Commitment.OgpId)
            ))
            .AsNoTracking();
    }
}
