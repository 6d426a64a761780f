using CoCreation.Domain.Common;
using CoCreation.Domain.Events;
using CoCreation.Domain.Members;

namespace CoCreation.Domain.Tests.Events;

public sealed class EventTests
{
    private static readonly DateTimeOffset Starts = new(2017, 3, 28, 15, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Before = Starts.AddDays(-7);

    private static Event Webinar(int? capacity = 2, DateTimeOffset? closes = null) =>
        Event.Plan(1, Details(capacity, closes), Starts.AddDays(-30));

    private static EventDetails Details(int? capacity = 2, DateTimeOffset? closes = null, DateTimeOffset? starts = null) =>
        new(
            EventKind.Webinar,
            Region.Americas,
            "es",
            new LocalizedText("Americas co-creation webinar", null, "Webinario de cocreación de las Américas"),
            null,
            null,
            new EventSchedule(
                starts ?? Starts,
                (starts ?? Starts).AddHours(1.5),
                "America/Argentina/Buenos_Aires",
                Starts.AddDays(-20),
                closes
            ),
            capacity,
            "https://meet.example/americas",
            [new Speaker("Ana Ejemplo (example)", SpeakerSector.CivilSociety, "Poder Ciudadano")]
        );

    /// <summary>The registrations <paramref name="webinar"/> announced a <paramref name="change"/> of, in order.</summary>
    private static IEnumerable<Registration> Changed(Event webinar, RegistrationChange change) =>
        webinar.DomainEvents.Cast<RegistrationChanged>().Where(e => e.Change == change).Select(e => e.Registration);

    private static Registrant Person(int n) => new(Guid.NewGuid(), $"Person {n}", $"person{n}@example.org");

    [Fact]
    public void Seats_go_first_come_first_served_and_the_rest_wait_in_arrival_order()
    {
        var webinar = Webinar(capacity: 2);

        var statuses = Enumerable.Range(1, 5).Select(n => webinar.Register(Person(n), Before.AddMinutes(n)).Status).ToList();

        Assert.Equal(
            [
                RegistrationStatus.Confirmed,
                RegistrationStatus.Confirmed,
                RegistrationStatus.Waiting,
                RegistrationStatus.Waiting,
                RegistrationStatus.Waiting,
            ],
            statuses
        );
        Assert.Equal(0, webinar.SeatsLeft);
        Assert.Equal([1, 2, 3, 4, 5], webinar.Registrations.Select(r => r.Sequence));
    }

    [Fact]
    public void A_freed_seat_goes_to_the_first_person_waiting_and_only_a_seat_frees_one()
    {
        var webinar = Webinar(capacity: 2);
        var people = Enumerable.Range(1, 4).Select(n => webinar.Register(Person(n), Before.AddMinutes(n))).ToList();
        webinar.ClearDomainEvents();

        webinar.Cancel(people[3], Before.AddHours(1));
        Assert.Equal(RegistrationStatus.Waiting, people[2].Status);

        webinar.Cancel(people[0], Before.AddHours(2));

        Assert.Equal(RegistrationStatus.Confirmed, people[2].Status);
        Assert.Equal(Before.AddHours(2), people[2].PromotedAt);
        Assert.Equal(
            [RegistrationChange.Cancelled, RegistrationChange.Cancelled, RegistrationChange.Promoted],
            webinar.DomainEvents.Cast<RegistrationChanged>().Select(e => e.Change)
        );
        Assert.Equal(
            "Domain.Event.NotRegistered",
            Assert.Throws<DomainException>(() => webinar.Cancel(people[0], Before.AddHours(3))).Code
        );
    }

    [Fact]
    public void Without_a_capacity_everyone_gets_a_seat()
    {
        var live = Webinar(capacity: null);

        Assert.All(Enumerable.Range(1, 50).Select(n => live.Register(Person(n), Before)), r =>
            Assert.Equal(RegistrationStatus.Confirmed, r.Status)
        );
        Assert.Null(live.SeatsLeft);
    }

    [Fact]
    public void One_active_registration_per_account_or_email_and_again_after_cancelling()
    {
        var webinar = Webinar();
        var ana = new Registrant(Guid.NewGuid(), "Ana", "ana@example.org");
        var first = webinar.Register(ana, Before);

        Assert.Equal(
            "Domain.Event.AlreadyRegistered",
            Assert.Throws<DomainException>(() => webinar.Register(ana with { UserId = null, Email = "ANA@example.org" }, Before)).Code
        );
        webinar.Cancel(first, Before);
        Assert.Equal(RegistrationStatus.Confirmed, webinar.Register(ana, Before).Status);
    }

    [Theory]
    [InlineData(-21, false)]
    [InlineData(-20, true)]
    [InlineData(-1, false)]
    [InlineData(0, false)]
    public void Registration_is_open_only_in_its_window_and_before_the_start(int daysFromStart, bool open)
    {
        var webinar = Webinar(closes: Starts.AddDays(-1));

        Assert.Equal(open, webinar.IsOpenForRegistration(Starts.AddDays(daysFromStart)));
        if (!open)
        {
            Assert.Equal(
                "Domain.Event.RegistrationClosed",
                Assert.Throws<DomainException>(() => webinar.Register(Person(1), Starts.AddDays(daysFromStart))).Code
            );
        }
    }

    [Fact]
    public void Cancelling_the_event_tells_every_active_registrant_and_closes_registration()
    {
        var webinar = Webinar(capacity: 1);
        var seat = webinar.Register(Person(1), Before);
        var waiting = webinar.Register(Person(2), Before);
        var gone = webinar.Register(Person(3), Before);
        webinar.Cancel(gone, Before);
        webinar.ClearDomainEvents();

        webinar.CancelEvent(Before.AddDays(1));

        Assert.Equal([seat, waiting], Changed(webinar, RegistrationChange.EventCancelled));
        Assert.All(webinar.Registrations, r => Assert.Equal(RegistrationStatus.Cancelled, r.Status));
        Assert.Equal("Domain.Event.Cancelled", Assert.Throws<DomainException>(() => webinar.Register(Person(4), Before.AddDays(1))).Code);
    }

    [Fact]
    public void An_event_must_end_after_it_starts_with_a_sane_window_and_capacity()
    {
        Assert.Equal("Domain.Event.EndsBeforeStart", RefusalToPlan(new EventSchedule(Starts, Starts, "UTC", null, null), capacity: 10));
        Assert.Equal(
            "Domain.Event.RegistrationWindowInvalid",
            RefusalToPlan(new EventSchedule(Starts, Starts.AddHours(1), "UTC", Starts, Starts.AddDays(-1)), capacity: 10)
        );
        Assert.Equal(
            "Domain.Event.CapacityInvalid",
            RefusalToPlan(new EventSchedule(Starts, Starts.AddHours(1), "UTC", null, null), capacity: 0)
        );
    }

    /// <summary>The code of the refusal to plan a webinar with <paramref name="schedule"/> and <paramref name="capacity"/>.</summary>
    private static string RefusalToPlan(EventSchedule schedule, int capacity) =>
        Assert
            .Throws<DomainException>(() =>
                Event.Plan(
                    null,
                    new EventDetails(EventKind.Webinar, null, "en", new LocalizedText("x"), null, null, schedule, capacity, null, []),
                    Before
                )
            )
            .Code;

    [Fact]
    public void Each_registration_has_its_own_cancellation_secret()
    {
        var webinar = Webinar(capacity: 10);
        var codes = Enumerable.Range(1, 10).Select(n => webinar.Register(Person(n), Before).CancellationCode).ToList();

        Assert.Equal(10, codes.Distinct().Count());
        Assert.DoesNotContain(Guid.Empty, codes);
    }

    [Fact]
    public void More_seats_move_the_waiting_list_up_in_order_and_fewer_than_given_are_refused()
    {
        var webinar = Webinar(capacity: 2);
        var people = Enumerable.Range(1, 5).Select(n => webinar.Register(Person(n), Before.AddMinutes(n))).ToList();
        webinar.ClearDomainEvents();

        Assert.Equal(
            "Domain.Event.CapacityBelowConfirmed",
            Assert.Throws<DomainException>(() => webinar.Revise(Details(capacity: 1), Before)).Code
        );
        webinar.Revise(Details(capacity: 4), Before.AddHours(1));

        Assert.Equal(
            [
                RegistrationStatus.Confirmed,
                RegistrationStatus.Confirmed,
                RegistrationStatus.Confirmed,
                RegistrationStatus.Confirmed,
                RegistrationStatus.Waiting,
            ],
            people.Select(p => p.Status)
        );
        Assert.Equal([people[2], people[3]], Changed(webinar, RegistrationChange.Promoted));
        Assert.Equal(Before.AddHours(1), webinar.UpdatedAt);
    }

    [Fact]
    public void A_new_time_is_told_to_every_active_registrant_and_their_reminder_will_leave_again()
    {
        var webinar = Webinar(capacity: 1);
        var seat = webinar.Register(Person(1), Before);
        var waiting = webinar.Register(Person(2), Before);
        webinar.SendReminders(Starts.AddHours(-23));
        Assert.NotNull(webinar.RemindersSentAt);
        webinar.ClearDomainEvents();

        webinar.Revise(Details(capacity: 1, starts: Starts.AddDays(7)), Starts.AddHours(-22));

        Assert.Equal([seat, waiting], Changed(webinar, RegistrationChange.Rescheduled));
        Assert.Null(webinar.RemindersSentAt);
    }

    [Fact]
    public void Reminders_leave_once_within_24_hours_of_the_start_and_only_for_seats()
    {
        var webinar = Webinar(capacity: 1);
        var seat = webinar.Register(Person(1), Before);
        webinar.Register(Person(2), Before);
        webinar.ClearDomainEvents();

        Assert.False(webinar.IsDueForReminders(Starts.AddHours(-25)));
        webinar.SendReminders(Starts.AddHours(-25));
        Assert.Empty(webinar.DomainEvents);

        Assert.True(webinar.IsDueForReminders(Starts.AddHours(-24)));
        webinar.SendReminders(Starts.AddHours(-24));
        webinar.SendReminders(Starts.AddHours(-2));

        var reminder = Assert.Single(webinar.DomainEvents.Cast<RegistrationChanged>());
        Assert.Equal((seat, RegistrationChange.Reminder), (reminder.Registration, reminder.Change));
        Assert.False(webinar.IsDueForReminders(Starts.AddHours(-1)));
    }

    [Fact]
    public void The_recording_summary_and_attendance_come_after_the_start_and_attendance_is_for_seats_only()
    {
        var webinar = Webinar(capacity: 1);
        var seat = webinar.Register(Person(1), Before);
        var waiting = webinar.Register(Person(2), Before);
        var summary = new LocalizedText("Forty people from 12 countries discussed the standards.");

        Assert.Equal(
            "Domain.Event.NotYetHeld",
            Assert.Throws<DomainException>(() => webinar.RecordOutcome("https://video.example/rec", summary, Before)).Code
        );
        Assert.Equal(
            "Domain.Event.NotYetHeld",
            Assert.Throws<DomainException>(() => webinar.RecordAttendance(new HashSet<long>(), Before)).Code
        );

        webinar.RecordOutcome("https://video.example/rec", summary, Starts.AddHours(2));
        webinar.RecordAttendance(new HashSet<long> { seat.Id, waiting.Id }, Starts.AddHours(2));

        Assert.Equal(("https://video.example/rec", summary), (webinar.RecordingLink, webinar.Summary));
        Assert.True(seat.Attended);
        Assert.Null(waiting.Attended);
    }

    [Fact]
    public void A_cancelled_event_cannot_be_revised()
    {
        var webinar = Webinar();
        webinar.CancelEvent(Before);

        Assert.Equal("Domain.Event.Cancelled", Assert.Throws<DomainException>(() => webinar.Revise(Details(), Before)).Code);
    }
}
