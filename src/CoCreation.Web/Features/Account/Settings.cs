using CoCreation.Web.Infrastructure.Audit;
using CoCreation.Web.Infrastructure.Localization;

namespace CoCreation.Web.Features.Account;

/// <summary>
/// The person's own account: the name shown with what they write, their organisation (filled in on their
/// proposals), and the language every email to them is written in (set at registration from the
/// interface language, changed here).
/// </summary>
public static class Settings
{
    [Allow(Audience.Participant)]
    public sealed record Query : IQuery<Command>;

    [Allow(Audience.Participant)]
    public sealed record Command : ICommand
    {
        public string Email { get; init; } = "";

        public string DisplayName { get; set; } = "";

        public string? Organisation { get; set; }

        public string PreferredLanguage { get; set; } = "en";
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> text)
        {
            RuleFor(c => c.DisplayName).NotEmpty().MaximumLength(100);
            RuleFor(c => c.Organisation).MaximumLength(200);
            RuleFor(c => c.PreferredLanguage)
                .Must(l => LocalizationSetup.Languages.Contains(l))
                .WithMessage(_ => text["Validation.Choice"]);
        }
    }

    public sealed class QueryHandler(PortalDbContext db, CurrentActor actor) : IQueryHandler<Query, Command>
    {
        public async ValueTask<Command> Handle(Query query, CancellationToken cancellationToken)
        {
            var userId = actor.RequireUserId();
            return await db
                .Users.AsNoTracking()
                .Where(u => u.Id == userId)
                .Select(u => new Command
                {
                    Email = u.Email ?? "",
                    DisplayName = u.DisplayName,
                    Organisation = u.Organisation,
                    PreferredLanguage = u.PreferredLanguage,
                })
                .SingleAsync(cancellationToken);
        }
    }

    public sealed class Handler(PortalDbContext db, CurrentActor actor, AuditTrail audit) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var userId = actor.RequireUserId();
            var user = await db.Users.SingleAsync(u => u.Id == userId, cancellationToken);
            var before = new
            {
                user.DisplayName,
                user.Organisation,
                user.PreferredLanguage,
            };
            user.DisplayName = command.DisplayName.Trim();
            user.Organisation = string.IsNullOrWhiteSpace(command.Organisation) ? null : command.Organisation.Trim();
            user.PreferredLanguage = command.PreferredLanguage;
            audit.Record(
                "account.settings-changed",
                "Account",
                userId.ToString(),
                before,
                new
                {
                    user.DisplayName,
                    user.Organisation,
                    user.PreferredLanguage,
                }
            );
            return Unit.Value;
        }
    }
}
