namespace CoCreation.Web.Features.Newsletter;

/// <summary>
/// One click leaves the newsletter: the personal link of every edition opens a page with one button,
/// and mail programs POST to the same address (RFC 8058). Saying it twice is not an error.
/// </summary>
public static class Unsubscribe
{
    [Allow(Audience.Anonymous)]
    public sealed record Query(string Code) : IQuery<Model?>;

    public sealed record Model(string Email, bool Active);

    [Allow(Audience.Anonymous)]
    [ChangesPublicData]
    public sealed record Command(string Code) : ICommand<bool>;

    public sealed class QueryHandler(PortalDbContext db) : IQueryHandler<Query, Model?>
    {
        public async ValueTask<Model?> Handle(Query query, CancellationToken cancellationToken) =>
            await db
                .Subscribers.AsNoTracking()
                .Where(s => s.UnsubscribeCode == query.Code)
                .Select(s => new Model(s.Email, s.UnsubscribedAt == null))
                .SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>False for an unknown code.</summary>
    public sealed class Handler(PortalDbContext db, TimeProvider clock) : ICommandHandler<Command, bool>
    {
        public async ValueTask<bool> Handle(Command command, CancellationToken cancellationToken)
        {
            var subscriber = await db.Subscribers.SingleOrDefaultAsync(s => s.UnsubscribeCode == command.Code, cancellationToken);
            subscriber?.Unsubscribe(clock.GetUtcNow());
            return subscriber is not null;
        }
    }
}
