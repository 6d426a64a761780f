using System.Text.Json;
using CoCreation.Domain.Submissions;
using CoCreation.Web.Data;
using CoCreation.Web.Infrastructure.Audit;
using CoCreation.Web.Infrastructure.Identity;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CoCreation.Web.Features.Moderation;

/// <summary>A light edit by the support unit (typos, personal data); the author's first version is kept and the change audited.</summary>
public static class Edit
{
    public sealed record Query(long Id) : IQuery<Command?>;

    public sealed record Command : ICommand<bool>
    {
        public long Id { get; set; }

        public SubmissionKind Kind { get; set; }

        public string Title { get; set; } = "";

        public string Language { get; set; } = "en";

        public string? Body { get; set; }

        public string? Problem { get; set; }

        public string? ProposedCommitment { get; set; }

        public string? ExpectedResults { get; set; }

        public string? PolicyArea { get; set; }

        public string? Organisation { get; set; }

        public SubmissionContent Content => new(Title, Language, Body, Problem, ProposedCommitment, ExpectedResults, PolicyArea, Organisation);
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> text)
        {
            RuleFor(c => c.Title).NotEmpty().WithMessage(_ => text["Validation.Required"]).MaximumLength(Submissions.Submit.TitleMax).WithMessage(_ => text["Validation.MaxLength", Submissions.Submit.TitleMax]);
            foreach (var field in new System.Linq.Expressions.Expression<Func<Command, string?>>[] { c => c.Body, c => c.Problem, c => c.ProposedCommitment, c => c.ExpectedResults })
            {
                RuleFor(field).MaximumLength(Submissions.Submit.TextMax).WithMessage(_ => text["Validation.MaxLength", Submissions.Submit.TextMax]);
            }
        }
    }

    public sealed class QueryHandler(PortalDbContext db) : IQueryHandler<Query, Command?>
    {
        public async ValueTask<Command?> Handle(Query query, CancellationToken cancellationToken) =>
            await db.Submissions.AsNoTracking().Where(s => s.Id == query.Id).Select(s => new Command
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
            }).SingleOrDefaultAsync(cancellationToken);
    }

    public sealed class Handler(PortalDbContext db, CurrentActor actor, AuditTrail audit, TimeProvider clock) : ICommandHandler<Command, bool>
    {
        public async ValueTask<bool> Handle(Command command, CancellationToken cancellationToken)
        {
            var submission = await db.Submissions.Include(s => s.History).SingleOrDefaultAsync(s => s.Id == command.Id, cancellationToken);
            if (submission is null)
            {
                return false;
            }

            var before = submission.Content;
            submission.Edit(actor.RequireUserId(), command.Content, JsonSerializer.Serialize(before, JsonSerializerOptions.Web), clock.GetUtcNow());
            audit.Record("submission.edited", nameof(Submission), submission.Id.ToString(), before, submission.Content);
            return true;
        }
    }
}
