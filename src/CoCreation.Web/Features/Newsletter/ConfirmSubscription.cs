using CoCreation.Domain.Newsletter;
using Microsoft.AspNetCore.DataProtection;

namespace CoCreation.Web.Features.Newsletter;

/// <summary>
/// The visitor confirms the emailed link with a button (mail scanners that open links subscribe
/// nobody): the reader is created, or active again in the language chosen now.
/// </summary>
public static class ConfirmSubscription
{
    [Allow(Audience.Anonymous)]
    public sealed record Query(string? Token) : IQuery<Subscribe.Request?>;

    [Allow(Audience.Anonymous)]
    [ChangesPublicData]
    public sealed record Command(string? Token) : ICommand<string>;

    public sealed class QueryHandler(IDataProtectionProvider protection) : IQueryHandler<Query, Subscribe.Request?>
    {
        public ValueTask<Subscribe.Request?> Handle(Query query, CancellationToken cancellationToken) =>
            ValueTask.FromResult(Subscribe.Read(protection, query.Token));
    }

    /// <summary>The confirmed address.</summary>
    public sealed class Handler(
        PortalDbContext db,
        IDataProtectionProvider protection,
        TimeProvider clock,
        IStringLocalizer<SharedResource> text
    ) : ICommandHandler<Command, string>
    {
        public async ValueTask<string> Handle(Command command, CancellationToken cancellationToken)
        {
            var request = Subscribe.Read(protection, command.Token)
                ?? throw new Infrastructure.Mediator.InputException("", text["Newsletter.Confirm.LinkInvalid"]);
            var email = request.Email.Trim().ToLowerInvariant();
            var existing = await db.Subscribers.SingleOrDefaultAsync(s => s.Email == email, cancellationToken);
            if (existing is null)
            {
                db.Subscribers.Add(Subscriber.Confirm(email, request.Language, clock.GetUtcNow()));
            }
            else
            {
                existing.Resubscribe(request.Language, clock.GetUtcNow());
            }

            return email;
        }
    }
}
