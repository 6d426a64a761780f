using CoCreation.Domain.Forums;
using CoCreation.Web.Infrastructure.Audit;
using CoCreation.Web.Infrastructure.Localization;

namespace CoCreation.Web.Features.Forums;

/// <summary>Publishes (or changes) the forum's rules: their text per language and a link to them in full.</summary>
public static class EditRules
{
    [Allow(Audience.Official | Audience.SupportUnit)]
    public sealed record Query(string Code) : IQuery<Form?>;

    public sealed record Form(Command Command, LocalizedText MemberName) : IStoredForm<Command>;

    [Allow(Audience.Official | Audience.SupportUnit)]
    [ChangesPublicData]
    public sealed record Command : ICommand<string?>
    {
        public string Code { get; set; } = "";

        public LocalizedInput Rules { get; set; } = new();

        public string? RulesLink { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> text)
        {
            RuleFor(c => c.Rules).Localized(MultiStakeholderForum.RulesMax);
            RuleFor(c => c.RulesLink)
                .MaximumLength(MultiStakeholderForum.LinkMax)
                .Must(l => Domain.Timelines.ActivityDetails.CheckedLink(l) is not null)
                .When(c => !string.IsNullOrWhiteSpace(c.RulesLink))
                .WithMessage(_ => text["Domain.Timeline.LinkInvalid"]);
            RuleFor(c => c.RulesLink).NotEmpty().When(c => c.Rules.ToOptionalText() is null).WithMessage(_ => text["Forum.RulesMissing"]);
        }
    }

    public sealed class QueryHandler(PortalDbContext db, CurrentActor actor) : IQueryHandler<Query, Form?>
    {
        public async ValueTask<Form?> Handle(Query query, CancellationToken cancellationToken)
        {
            var loaded = await ForumAccess.LoadAsync(db, actor, query.Code, false, cancellationToken);
            return loaded is null
                ? null
                : new Form(
                    new Command
                    {
                        Code = loaded.Member.Code,
                        Rules = LocalizedInput.From(loaded.Forum?.Rules),
                        RulesLink = loaded.Forum?.RulesLink,
                    },
                    loaded.Member.Name
                );
        }
    }

    /// <summary>The member's code; null when no member has it.</summary>
    public sealed class Handler(PortalDbContext db, CurrentActor actor, AuditTrail audit, TimeProvider clock)
        : ICommandHandler<Command, string?>
    {
        public async ValueTask<string?> Handle(Command command, CancellationToken cancellationToken)
        {
            var loaded = await ForumAccess.LoadOrCreateAsync(db, actor, command.Code, clock.GetUtcNow(), cancellationToken);
            if (loaded is not { } found)
            {
                return null;
            }

            var (member, forum) = found;

            var before = forum.Rules is null && forum.RulesLink is null ? null : new { forum.Rules, forum.RulesLink };
            forum.PublishRules(command.Rules.ToOptionalText(), command.RulesLink, clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            audit.Record("forum.rules.published", nameof(MultiStakeholderForum), forum.Id, before, new { forum.Rules, forum.RulesLink });
            return member.Code;
        }
    }
}
