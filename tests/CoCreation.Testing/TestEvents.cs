using CoCreation.Domain.Common;
using CoCreation.Domain.Events;
using CoCreation.Domain.Members;

namespace CoCreation.Testing;

/// <summary>The Americas webinar, in Spanish, as tests need it: starting when and with how many seats.</summary>
public static class TestEvents
{
    public static EventDetails Details(DateTimeOffset starts, int? capacity, string? link = null, string zone = "America/Bogota") =>
        new(
            EventKind.Webinar,
            Region.Americas,
            "es",
            new LocalizedText("Americas webinar", "Webinaire des Amériques", "Webinario de las Américas"),
            new LocalizedText("The co-creation standards, presented for the Americas."),
            null,
            new EventSchedule(starts, starts.AddHours(1), zone, null, null),
            capacity,
            link,
            [new Speaker("Lucía (example)", SpeakerSector.CivilSociety, "Civil society")]
        );

    public static Event Webinar(DateTimeOffset starts, int? capacity, string? link = null) =>
        Event.Plan(null, Details(starts, capacity, link), starts.AddDays(-30));

    /// <summary>Stores a <see cref="Webinar"/> and returns its id.</summary>
    public static Task<int> AddWebinarAsync(PortalFixture portal, DateTimeOffset starts, int? capacity, string? link = null) =>
        portal.WithDbAsync(async db =>
        {
            var webinar = Webinar(starts, capacity, link);
            db.Events.Add(webinar);
            await db.SaveChangesAsync();
            return webinar.Id;
        });

    /// <summary>A visitor's request for a seat at the event <paramref name="eventId"/>, as the registration form sends it.</summary>
    public static Web.Features.Events.RequestRegistration.Command Registration(int eventId, string name, string email) =>
        new()
        {
            EventId = eventId,
            Name = name,
            Email = email,
        };
}
