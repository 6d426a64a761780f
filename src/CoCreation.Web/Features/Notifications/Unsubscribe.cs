using CoCreation.Domain.Notifications;
using CoCreation.Web.Infrastructure.Audit;

namespace CoCreation.Web.Features.Notifications;

/// <summary>
/// One click stops the notification emails: the personal link of every such email opens a page with one button, and mail
/// programs POST to the same address (RFC 8058), without signing in. The list on the portal stays. Saying it twice is fine.
/// </summary>
public static class Unsubscribe
{
    [Allow(Audience.Anonymous)]
    public sealed record Query(string Code) : IQuery<Model?>;

    public sealed record Model(string Email, bool Emailing);

    [Allow(Audience.Anonymous)]
    public sealed record Command(string Code) : ICommand<bool>;

    public sealed class QueryHandler(PortalDbContext db) : IQueryHandler<Query, Model?>
    {
        public async ValueTask<Model?> Handle(Query query, CancellationToken cancellationToken) =>
            await db
                .NotificationSettings.AsNoTracking()
                .Where(s => s.UnsubscribeCode == query.Code)
                .Join(db.Users, s => s.PersonId, u => u.Id, (s, u) => new Model(u.Email ?? "", s.Email != EmailChoice.None))
                .SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>False for an unknown code. Audited as the account page's choice is, the link standing for the person.</summary>
    public sealed class Handler(PortalDbContext db, AuditTrail audit, TimeProvider clock) : ICommandHandler<Command, bool>
    {
        public async ValueTask<bool> Handle(Command command, CancellationToken cancellationToken)
        {
            var settings = await db.NotificationSettings.SingleOrDefaultAsync(s => s.UnsubscribeCode == command.Code, cancellationToken);
            if (settings is null)
            {
                return false;
            }

            var before = settings.Email;
            settings.Choose(EmailChoice.None, clock.GetUtcNow());
            if (before != EmailChoice.None)
            {
                audit.Record(
                    "account.notification-email-unsubscribed",
                    "Account",
                    settings.PersonId.ToString(),
                    new { Email = before.ToString() },
                    new { Email = settings.Email.ToString() }
                );
            }

            return true;
        }
    }
}
