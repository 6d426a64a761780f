using CoCreation.Domain.ActionPlans;
using CoCreation.Domain.Common;
using CoCreation.Domain.Submissions;
using CoCreation.Web.Data;
using CoCreation.Web.Infrastructure.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CoCreation.Web.Features.Commitments;

/// <summary>A commitment's public page, with the published submissions it came from.</summary>
public static class Details
{
    [Allow(Audience.Anonymous)]
    public sealed record Query(string OgpId) : IQuery<Model?>;

    public sealed record Model(
        string OgpId,
        LocalizedText Title,
        string MemberCode,
        LocalizedText MemberName,
        string Cycle,
        PlanStatus PlanStatus,
        string? Problem,
        string? Solution,
        string? HowItHelps,
        string? Relevance,
        IReadOnlyList<string> PolicyAreas,
        IReadOnlyList<string> OgpValues,
        string? LeadInstitution,
        IReadOnlyList<string> SupportingInstitutions,
        DateOnly? StartsOn,
        DateOnly? EndsOn,
        CompletionLevel Completion,
        IReadOnlyList<SubmissionItem> Submissions,
        bool CanEdit
    )
    {
        /// <summary>The commitment's own id: what its conversation hangs under.</summary>
        public int Id { get; init; }
    }

    public sealed record SubmissionItem(long Id, string Title, string Language, string AuthorName, AnswerOutcome? Outcome);

    public sealed class Handler(PortalDbContext db, CurrentActor actor) : IQueryHandler<Query, Model?>
    {
        public async ValueTask<Model?> Handle(Query query, CancellationToken cancellationToken)
        {
            var ogpId = (query.OgpId ?? "").ToUpperInvariant();
            var row = await (
                from c in db.Commitments
                join p in db.NationalActionPlans on c.NationalActionPlanId equals p.Id
                join m in db.Members on p.MemberId equals m.Id
                where c.OgpId == ogpId
                select new
                {
                    Commitment = c,
                    p.Cycle,
                    p.Status,
                    p.PublishedAt,
                    m.Id,
                    m.Code,
                    m.Name,
                }
            )
                .AsNoTracking()
                .SingleOrDefaultAsync(cancellationToken);
            if (row is null)
            {
                return null;
            }

            var canEdit = await MemberAuthority.ActsForAsync(db, actor, row.Id, cancellationToken);
            if (row.PublishedAt is null && !canEdit)
            {
                return null;
            }

            var commitmentId = row.Commitment.Id;
            var submissions = await db
                .Submissions.AsNoTracking()
                .Where(s => PublicSubmissions.Statuses.Contains(s.Status) && s.Commitments.Any(c => c.CommitmentId == commitmentId))
                .OrderBy(s => s.Id)
                .Select(s => new SubmissionItem(s.Id, s.Title, s.Language, s.AuthorName, s.Outcome))
                .ToListAsync(cancellationToken);
            var found = row.Commitment;
            return new Model(
                found.OgpId,
                found.Title,
                row.Code,
                row.Name,
                row.Cycle,
                row.Status,
                found.Problem,
                found.Solution,
                found.HowItHelps,
                found.Relevance,
                found.PolicyAreas,
                found.OgpValues,
                found.LeadInstitution,
                found.SupportingInstitutions,
                found.StartsOn,
                found.EndsOn,
                found.Completion,
                submissions,
                canEdit
            )
            {
                Id = found.Id,
            };
        }
    }
}
