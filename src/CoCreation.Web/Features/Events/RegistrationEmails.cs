using System.Globalization;
using CoCreation.Domain.Events;
using CoCreation.Web.Infrastructure.Email;
using Mediator;
using Microsoft.Extensions.Localization;

namespace CoCreation.Web.Features.Events;

/// <summary>
/// Tells a registrant, through the outbox, what happened to their seat: confirmed, waiting, promoted
/// from the waiting list, cancelled, or the event itself cancelled. Written in the event's language.
/// </summary>
public sealed class RegistrationEmails(EmailOutbox outbox, IStringLocalizer<SharedResource> text) : INotificationHandler<RegistrationChanged>
{
    public ValueTask Handle(RegistrationChanged notification, CancellationToken cancellationToken)
    {
        var registration = notification.Registration;
        var plannedEvent = notification.Event;
        using var language = Infrastructure.Localization.LanguageScope.In(plannedEvent.Language);
        var title = plannedEvent.Title.In(CultureInfo.CurrentUICulture);
        var starts = Infrastructure.Web.EventTime.InZone(plannedEvent.Schedule.StartsAt, plannedEvent.Schedule.TimeZone);
        outbox.Enqueue(
            registration.Registrant.Email,
            text[$"Email.Registration.{notification.Change}.Subject", title],
            [
                text["Email.Greeting", registration.Registrant.Name],
                text[$"Email.Registration.{notification.Change}", title, starts.ToString("f", CultureInfo.CurrentCulture), plannedEvent.Schedule.TimeZone],
            ]);
        return ValueTask.CompletedTask;
    }
}
