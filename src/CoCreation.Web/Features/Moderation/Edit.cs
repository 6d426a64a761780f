using System.Text.Json;
using CoCreation.Domain.Submissions;
using CoCreation.Web.Features.Submissions;
using CoCreation.Web.Infrastructure.Audit;

namespace CoCreation.Web.Features.Moderation;

/// <summary>A light edit by the support unit (typos, personal data); the author's first version is kept and the change audited.</summary>
public static class Edit
{
    [Allow(Audience.SupportUnit)]
    public sealed record Query(long Id) : IQuery<Command?>;

    [Allow(Audience.SupportUnit)]
    [ChangesPublicData]
    public sealed record Command : SubmissionForm, ICommand<bool>
    {
        public long Id { get; set; }
    }

    public sealed class Validator(IStringLocalizer<SharedResource> text) : SubmissionFormValidator<Command>(text, completeProposals: false);

    public sealed class QueryHandler(PortalDbContext db) : IQueryHandler<Query, Command?>
    {
        public async ValueTask<Command?> Handle(Query query, CancellationToken cancellationToken) =>
            await db
                .Submissions.AsNoTracking()
                .Where(s => s.Id == query.Id)
                .Select(s => new Command
                {
                    Id = s.Id,
                    Kind = s.Kind,
                    Title = s.Title,
                    Language = s.Language,
                    Body = s.Body,
                    Problem = s.Problem,
                    ProposedCommitment = s.ProposedCommitment,
                    ExpectedResults = s.ExpectedResults,
                    PolicyArea = s.PolicyArea,
                    Organisation = s.Organisation,
                })
                .SingleOrDefaultAsync(cancellationToken);
    }

    public sealed class Handler(PortalDbContext db, CurrentActor actor, AuditTrail audit, TimeProvider clock)
        : ICommandHandler<Command, bool>
    {
        public async ValueTask<bool> Handle(Command command, CancellationToken cancellationToken)
        {
            var submission = await db.Submissions.Include(s => s.History).SingleOrDefaultAsync(s => s.Id == command.Id, cancellationToken);
            if (submission is null)
            {
                return false;
            }

            var before = submission.Content;
            submission.Edit(
                actor.RequireUserId(),
                command.Content,
                JsonSerializer.Serialize(before, JsonSerializerOptions.Web),
                clock.GetUtcNow()
            );
            audit.Record("submission.edited", nameof(Submission), submission.Id.ToString(), before, submission.Content);
            return true;
        }
    }
}
