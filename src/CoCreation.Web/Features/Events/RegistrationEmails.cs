using System.Globalization;
using CoCreation.Domain.Events;
using CoCreation.Web.Infrastructure.Email;

namespace CoCreation.Web.Features.Events;

/// <summary>
/// Tells a registrant, through the outbox, what happened to their seat: confirmed, waiting, promoted
/// from the waiting list, cancelled, a new time, the reminder, or the event cancelled. Written in the
/// registrant's language; while the registration is active the email carries the personal cancellation
/// link, and a seat comes with the event's calendar entry (.ics).
/// </summary>
public sealed class RegistrationEmails(EmailOutbox outbox, PortalLinks links, IStringLocalizer<SharedResource> text)
    : INotificationHandler<RegistrationChanged>
{
    public ValueTask Handle(RegistrationChanged notification, CancellationToken cancellationToken)
    {
        var registration = notification.Registration;
        var plannedEvent = notification.Event;
        using var language = Infrastructure.Localization.LanguageScope.In(registration.Registrant.Language);
        var title = plannedEvent.Title.In(CultureInfo.CurrentUICulture);
        var schedule = plannedEvent.Schedule;
        var (when, zone) = EventTime.Describe(text, schedule.StartsAt, schedule.EndsAt, schedule.TimeZone);
        var paragraphs = new List<string>
        {
            text["Email.Greeting", registration.Registrant.Name],
            text[$"Email.Registration.{notification.Change}", title],
            text["Email.Registration.When", when, zone],
        };
        var seat = registration.Status == RegistrationStatus.Confirmed;
        if (seat && plannedEvent.OnlineLink is { } link)
        {
            paragraphs.Add(text["Email.Registration.Link", link]);
        }

        var active = registration.Status != RegistrationStatus.Cancelled;
        if (active)
        {
            paragraphs.Add(text["Email.Registration.CancelHint"]);
        }

        outbox.Enqueue(
            registration.Registrant.Email,
            text[$"Email.Registration.{notification.Change}.Subject", title],
            paragraphs,
            active
                ? new EmailAction(text["Email.Registration.CancelAction"], links.To(Paths.EventCancel(registration.CancellationCode)))
                : null,
            seat || notification.Change == RegistrationChange.EventCancelled
                ? new EmailAttachment(
                    $"event-{plannedEvent.Id}.ics",
                    "text/calendar; charset=utf-8; method=PUBLISH",
                    Calendar.Write([Calendar.Entry.Of(plannedEvent)], links)
                )
                : null
        );
        return ValueTask.CompletedTask;
    }
}
