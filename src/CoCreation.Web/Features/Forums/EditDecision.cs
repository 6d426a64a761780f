using CoCreation.Domain.Forums;
using CoCreation.Web.Infrastructure.Audit;

namespace CoCreation.Web.Features.Forums;

/// <summary>Logs a decision of the forum (date, text in any language, optional link to where it is recorded) or corrects one.</summary>
public static class EditDecision
{
    [Allow(Audience.Official | Audience.SupportUnit)]
    public sealed record Query(string Code, int? Id) : IQuery<Form?>;

    public sealed record Form(Command Command, LocalizedText MemberName, bool Exists) : IStoredForm<Command>;

    [Allow(Audience.Official | Audience.SupportUnit)]
    [ChangesPublicData]
    public sealed record Command : ICommand<string?>
    {
        public string Code { get; set; } = "";

        /// <summary>Set when correcting a logged decision (from the address).</summary>
        public int? Id { get; set; }

        public DateOnly? DecidedOn { get; set; }

        public string? Text { get; set; }

        public string Language { get; set; } = "en";

        public string? Link { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> text, TimeProvider clock)
        {
            RuleFor(c => c.DecidedOn).NotEmpty();
            RuleFor(c => c.DecidedOn)
                .Must(d => d <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(1))
                .When(c => c.DecidedOn is not null)
                .WithMessage(_ => text["Domain.Forum.DecisionInFuture"]);
            RuleFor(c => c.Text).NotEmpty().MaximumLength(ForumDecision.TextMax);
            RuleFor(c => c.Language).Must(ContentLanguages.IsKnown).WithMessage(_ => text["Validation.Choice"]);
            RuleFor(c => c.Link)
                .MaximumLength(MultiStakeholderForum.LinkMax)
                .Must(l => Domain.Timelines.ActivityDetails.CheckedLink(l) is not null)
                .When(c => !string.IsNullOrWhiteSpace(c.Link))
                .WithMessage(_ => text["Domain.Timeline.LinkInvalid"]);
        }
    }

    public sealed class QueryHandler(PortalDbContext db, CurrentActor actor, TimeProvider clock) : IQueryHandler<Query, Form?>
    {
        public async ValueTask<Form?> Handle(Query query, CancellationToken cancellationToken)
        {
            if (
                await ForumAccess.LoadChildAsync(db, actor, query.Code, ForumAccess.Decisions, query.Id, cancellationToken) is not { } found
            )
            {
                return null;
            }

            var (loaded, decision) = found;
            var command = new Command
            {
                Code = loaded.Member.Code,
                DecidedOn = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime),
                Language = ContentLanguages.FirstOf(loaded.Member.Code),
            };
            if (decision is not null)
            {
                command = command with
                {
                    Id = decision.Id,
                    DecidedOn = decision.DecidedOn,
                    Text = decision.Text,
                    Language = decision.Language,
                    Link = decision.Link,
                };
            }

            return new Form(command, loaded.Member.Name, decision is not null);
        }
    }

    /// <summary>The member's code; null when no member has it or the decision does not exist.</summary>
    public sealed class Handler(PortalDbContext db, CurrentActor actor, AuditTrail audit, TimeProvider clock)
        : ICommandHandler<Command, string?>
    {
        public async ValueTask<string?> Handle(Command command, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var details = new ForumDecisionDetails(command.DecidedOn!.Value, command.Text ?? "", command.Language, command.Link);
            return await ForumAccess.AddOrChangeAsync(
                db,
                actor,
                audit,
                now,
                command.Code,
                ForumAccess.Decisions,
                command.Id,
                forum => forum.RecordDecision(details, actor.RequireUserId(), now),
                (forum, decision) => forum.ChangeDecision(decision, details, now),
                cancellationToken
            );
        }
    }
}
