using CoCreation.Domain.Notifications;
using CoCreation.Web.Infrastructure.Audit;
using Microsoft.Extensions.Options;

namespace CoCreation.Web.Features.Notifications;

/// <summary>
/// On the account page: how the person hears of what they follow by email — at once, a daily digest, a weekly digest, or
/// none (the list on the portal stays either way). A person who never chose has the portal's default.
/// </summary>
public static class ChooseEmail
{
    [Allow(Audience.Participant)]
    public sealed record Query : IQuery<Command>;

    [Allow(Audience.Participant)]
    public sealed record Command : ICommand
    {
        public EmailChoice? Email { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> text)
        {
            RuleFor(c => c.Email).NotNull().IsInEnum().WithMessage(_ => text["Validation.Choice"]);
        }
    }

    public sealed class QueryHandler(PortalDbContext db, CurrentActor actor, IOptions<NotificationOptions> options)
        : IQueryHandler<Query, Command>
    {
        public async ValueTask<Command> Handle(Query query, CancellationToken cancellationToken)
        {
            var personId = actor.RequireUserId();
            var chosen = await db
                .NotificationSettings.AsNoTracking()
                .Where(s => s.PersonId == personId)
                .Select(s => (EmailChoice?)s.Email)
                .SingleOrDefaultAsync(cancellationToken);
            return new Command { Email = chosen ?? options.Value.DefaultEmail };
        }
    }

    public sealed class Handler(
        PortalDbContext db,
        CurrentActor actor,
        AuditTrail audit,
        TimeProvider clock,
        IOptions<NotificationOptions> options
    ) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var personId = actor.RequireUserId();
            var settings = await Settings.ForAsync(db, personId, options.Value.DefaultEmail, cancellationToken);
            var before = settings.Email;
            settings.Choose(command.Email!.Value, clock.GetUtcNow());
            audit.Record(
                "account.notification-email-chosen",
                "Account",
                personId.ToString(),
                new { Email = before.ToString() },
                new { Email = settings.Email.ToString() }
            );
            return Unit.Value;
        }
    }

    /// <summary>A person's settings row, made with the default choice and a fresh unsubscribe code the first time.</summary>
    internal static class Settings
    {
        public static async Task<NotificationSettings> ForAsync(
            PortalDbContext db,
            Guid personId,
            EmailChoice defaultChoice,
            CancellationToken cancellationToken
        )
        {
            await db.Database.ExecuteSqlAsync(
                $"""
                INSERT INTO notification_settings (person_id, email, unsubscribe_code)
                VALUES ({personId}, {defaultChoice.ToString()}, replace(gen_random_uuid()::text, '-', ''))
                ON CONFLICT DO NOTHING
                """,
                cancellationToken
            );
            return await db
                .NotificationSettings.FromSql($"SELECT * FROM notification_settings WHERE person_id = {personId} FOR UPDATE")
                .SingleAsync(cancellationToken);
        }
    }
}
