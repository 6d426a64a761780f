using CoCreation.Domain.Events;
using Microsoft.AspNetCore.DataProtection;

namespace CoCreation.Web.Features.Events;

/// <summary>
/// The visitor confirms the emailed link (a button, so mail scanners that open links take no seat):
/// a seat if one is left, else the waiting list, in the order of confirmation.
/// </summary>
public static class ConfirmRegistration
{
    [Allow(Audience.Anonymous)]
    public sealed record Query(int EventId, string? Token) : IQuery<RequestRegistration.Request?>;

    [Allow(Audience.Anonymous)]
    [ChangesPublicData]
    public sealed record Command(int EventId, string? Token) : ICommand<RegistrationStatus?>;

    public sealed class QueryHandler(IDataProtectionProvider protection) : IQueryHandler<Query, RequestRegistration.Request?>
    {
        public ValueTask<RequestRegistration.Request?> Handle(Query query, CancellationToken cancellationToken) =>
            ValueTask.FromResult(RequestRegistration.Read(protection, query.Token, query.EventId));
    }

    /// <summary>Null when there is no such event.</summary>
    public sealed class Handler(
        PortalDbContext db,
        IDataProtectionProvider protection,
        TimeProvider clock,
        IStringLocalizer<SharedResource> text
    ) : ICommandHandler<Command, RegistrationStatus?>
    {
        public async ValueTask<RegistrationStatus?> Handle(Command command, CancellationToken cancellationToken)
        {
            var request = RequestRegistration.Read(protection, command.Token, command.EventId)
                ?? throw new Infrastructure.Mediator.InputException("", text["Events.Confirm.LinkInvalid"]);
            var planned = await EventLock.LoadLockedAsync(db, command.EventId, cancellationToken);
            return planned?.Register(new Registrant(null, request.Name, request.Email, request.Language), clock.GetUtcNow()).Status;
        }
    }
}
