using CoCreation.Domain.Newsletter;
using CoCreation.Web.Infrastructure.Audit;

namespace CoCreation.Web.Features.Newsletter;

/// <summary>
/// The support unit sends an edition: it is frozen and one delivery is written for every confirmed
/// reader, in the same transaction. The <see cref="Dispatch"/> worker then moves the deliveries to
/// the outbox at the configured rate. Sending twice is refused; the unique (edition, reader) index
/// keeps one delivery per reader whatever happens.
/// </summary>
public static class Send
{
    [Allow(Audience.SupportUnit)]
    [ChangesPublicData]
    public sealed record Command(int Id) : ICommand<int>;

    /// <summary>How many readers the edition goes to.</summary>
    public sealed class Handler(PortalDbContext db, AuditTrail audit, TimeProvider clock) : ICommandHandler<Command, int>
    {
        public async ValueTask<int> Handle(Command command, CancellationToken cancellationToken)
        {
            var edition = await db.Editions.SingleOrDefaultAsync(e => e.Id == command.Id, cancellationToken)
                ?? throw new DomainException("Domain.Edition.NotFound");
            edition.StartSending(clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            var readers = await db.Database.ExecuteSqlAsync(
                $"""
                INSERT INTO edition_deliveries (edition_id, subscriber_id)
                SELECT {edition.Id}, id FROM subscribers WHERE unsubscribed_at IS NULL
                ON CONFLICT (edition_id, subscriber_id) DO NOTHING
                """,
                cancellationToken
            );
            audit.Record("newsletter.send", nameof(Edition), edition.Id, null, new { Readers = readers });
            return readers;
        }
    }
}
