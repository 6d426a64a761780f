using System.Globalization;
using CoCreation.Web.Features.Account;
using CoCreation.Web.Infrastructure.Email;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;

namespace CoCreation.Web.Features.Events;

/// <summary>
/// A visitor without an account asks for a seat with a name and an email. Nothing is stored but the
/// email: it carries a signed link, valid two days, and the seat is taken when the link is confirmed —
/// so nobody can register someone else's address, and an unconfirmed request holds no seat.
/// </summary>
public static class RequestRegistration
{
    public static readonly TimeSpan LinkLifetime = TimeSpan.FromDays(2);

    private static readonly SignedRequest<Request> Tokens = new("Events.VisitorRegistration");

    [Allow(Audience.Anonymous)]
    [ChangesPublicData]
    public sealed record Command : ICommand<bool>
    {
        public int EventId { get; set; }

        public string Name { get; set; } = "";

        public string Email { get; set; } = "";
    }

    /// <summary>What the signed link carries.</summary>
    /// <param name="Language">The page's language when the visitor asked: every email about the seat uses it.</param>
    public sealed record Request(int EventId, string Name, string Email, string Language = "en");

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> text)
        {
            RuleFor(c => c.Name).NotEmpty().MaximumLength(Domain.Events.Registrant.NameMax);
            RuleFor(c => c.Email).ValidEmail(text);
        }
    }

    /// <summary>False when there is no such event.</summary>
    public sealed class Handler(
        PortalDbContext db,
        EmailOutbox outbox,
        PortalLinks links,
        IDataProtectionProvider protection,
        TimeProvider clock,
        IStringLocalizer<SharedResource> text
    ) : ICommandHandler<Command, bool>
    {
        public async ValueTask<bool> Handle(Command command, CancellationToken cancellationToken)
        {
            var planned = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Id == command.EventId, cancellationToken);
            if (planned is null)
            {
                return false;
            }

            if (!planned.IsOpenForRegistration(clock.GetUtcNow()))
            {
                throw new DomainException(planned.CancelledAt is null ? "Domain.Event.RegistrationClosed" : "Domain.Event.Cancelled");
            }

            var request = new Request(
                planned.Id,
                command.Name.Trim(),
                command.Email.Trim(),
                Infrastructure.Localization.LocalizationSetup.Normalize(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName)
            );
            var expires = clock.GetUtcNow().Add(LinkLifetime);
            var token = Tokens.Sign(protection, request, expires);
            var title = planned.Title.In(CultureInfo.CurrentUICulture);
            var (when, zone) = EventTime.Describe(text, planned.Schedule.StartsAt, planned.Schedule.EndsAt, planned.Schedule.TimeZone);
            outbox.Enqueue(
                request.Email,
                text["Email.VisitorRegistration.Subject", title],
                [
                    text["Email.Greeting", request.Name],
                    text["Email.VisitorRegistration", title, (int)LinkLifetime.TotalHours],
                    text["Email.Registration.When", when, zone],
                ],
                new EmailAction(text["Email.VisitorRegistration.Action"], links.To(Paths.EventConfirm(planned.Id, token)), expires)
            );
            return true;
        }
    }

    /// <summary>The request a link carries, or null when it was forged, altered, expired or is for another event.</summary>
    public static Request? Read(IDataProtectionProvider protection, string? token, int eventId) =>
        Tokens.Read(protection, token) is { } request && request.EventId == eventId ? request : null;
}
