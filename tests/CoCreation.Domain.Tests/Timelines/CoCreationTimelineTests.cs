using CoCreation.Domain.Common;
using CoCreation.Domain.Timelines;

namespace CoCreation.Domain.Tests.Timelines;

public sealed class CoCreationTimelineTests
{
    private const string BuenosAires = "America/Argentina/Buenos_Aires";
    private static readonly Guid Official = Guid.NewGuid();
    private static readonly DateTimeOffset Drafted = new(2017, 2, 20, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset FirstStarts = new(2017, 3, 20, 13, 0, 0, TimeSpan.Zero);

    private static ActivityDetails Workshop(
        DateTimeOffset? starts = null,
        string title = "Launch workshop",
        string? place = "Casa Rosada",
        string zone = BuenosAires,
        double hours = 3,
        string? link = null,
        string[]? languages = null
    ) =>
        new(
            ActivityKind.Workshop,
            new LocalizedText(title, null, "Taller de lanzamiento"),
            null,
            starts ?? FirstStarts,
            (starts ?? FirstStarts).AddHours(hours),
            zone,
            place,
            link,
            languages ?? ["es"],
            "Everyone",
            "By email",
            100
        );

    private static (CoCreationTimeline Timeline, TimelineActivity Activity) Drafted1()
    {
        var timeline = CoCreationTimeline.Start(1, "2017-2019", Drafted);
        var phase = timeline.AddPhase(new LocalizedText("Awareness"), Official, Drafted);
        var activity = timeline.AddActivity(phase, Workshop(), Official, Drafted);
        return (timeline, activity);
    }

    [Fact]
    public void A_draft_changes_freely_without_revisions_and_publishing_stamps_the_date_once()
    {
        var (timeline, activity) = Drafted1();
        timeline.ChangeActivity(activity, null, Workshop(place: "Cabildo"), Official, Drafted.AddDays(1));

        Assert.Empty(timeline.Revisions);
        Assert.Equal(0, activity.Sequence);
        timeline.Publish(Official, Drafted.AddDays(2));
        Assert.Equal(Drafted.AddDays(2), timeline.PublishedAt);
        Assert.Equal(
            "Domain.Timeline.AlreadyPublished",
            Assert.Throws<DomainException>(() => timeline.Publish(Official, Drafted.AddDays(3))).Code
        );
    }

    [Fact]
    public void A_timeline_without_an_activity_that_takes_place_cannot_be_published()
    {
        var timeline = CoCreationTimeline.Start(1, "2017-2019", Drafted);
        Assert.Equal("Domain.Timeline.NothingToPublish", Assert.Throws<DomainException>(() => timeline.Publish(Official, Drafted)).Code);

        var activity = timeline.AddActivity(null, Workshop(), Official, Drafted);
        timeline.CancelActivity(activity, Official, Drafted);
        Assert.Equal("Domain.Timeline.NothingToPublish", Assert.Throws<DomainException>(() => timeline.Publish(Official, Drafted)).Code);
        Assert.Null(timeline.PublishedAt);
    }

    [Fact]
    public void After_publication_each_change_is_a_revision_naming_what_changed_and_the_calendar_sequence_grows()
    {
        var (timeline, activity) = Drafted1();
        timeline.Publish(Official, Drafted.AddDays(1));
        var later = Drafted.AddDays(5);

        timeline.ChangeActivity(activity, activity.Phase, Workshop(starts: FirstStarts.AddDays(1), place: "Cabildo"), Official, later);
        timeline.ChangeActivity(
            activity,
            activity.Phase,
            Workshop(starts: FirstStarts.AddDays(1), place: "Cabildo"),
            Official,
            later.AddHours(1)
        );
        timeline.AddPhase(new LocalizedText("Validation"), Official, later.AddHours(2));
        var second = timeline.AddActivity(
            null,
            Workshop(starts: FirstStarts.AddDays(10), title: "Validation session"),
            Official,
            later.AddHours(3)
        );
        timeline.CancelActivity(second, Official, later.AddHours(4));

        var revisions = timeline.Revisions;
        Assert.Equal(
            [TimelineChange.ActivityChanged, TimelineChange.PhaseAdded, TimelineChange.ActivityAdded, TimelineChange.ActivityCancelled],
            revisions.Select(r => r.Change)
        );
        Assert.Equal(["Time", "Place"], revisions[0].Fields);
        Assert.Equal("Launch workshop", revisions[0].Subject);
        Assert.Equal(later, revisions[0].At);
        Assert.Equal(Official, revisions[0].ActorId);
        Assert.Equal(1, activity.Sequence);
        Assert.Equal(1, second.Sequence);
        Assert.Equal(later.AddHours(4), timeline.UpdatedAt);
    }

    [Fact]
    public void A_cancelled_activity_stays_listed_but_cannot_be_changed_or_cancelled_again()
    {
        var (timeline, activity) = Drafted1();
        timeline.Publish(Official, Drafted);
        timeline.CancelActivity(activity, Official, Drafted.AddDays(1));

        Assert.NotNull(activity.CancelledAt);
        Assert.Single(timeline.Activities);
        Assert.Equal(
            "Domain.Timeline.ActivityCancelled",
            Assert.Throws<DomainException>(() => timeline.CancelActivity(activity, Official, Drafted.AddDays(2))).Code
        );
        Assert.Equal(
            "Domain.Timeline.ActivityCancelled",
            Assert
                .Throws<DomainException>(() =>
                    timeline.ChangeActivity(activity, null, Workshop(title: "Other"), Official, Drafted.AddDays(2))
                )
                .Code
        );
    }

    [Fact]
    public void A_summary_is_linked_only_once_the_activity_has_begun()
    {
        var (timeline, activity) = Drafted1();
        timeline.Publish(Official, Drafted);

        Assert.Equal(
            "Domain.Timeline.SummaryBeforeActivity",
            Assert
                .Throws<DomainException>(() =>
                    timeline.RecordSummary(activity, "https://example.org/minutes.pdf", Official, FirstStarts.AddMinutes(-1))
                )
                .Code
        );
        Assert.Equal(
            "Domain.Timeline.LinkInvalid",
            Assert
                .Throws<DomainException>(() => timeline.RecordSummary(activity, "javascript:alert(1)", Official, FirstStarts.AddDays(1)))
                .Code
        );
        timeline.RecordSummary(activity, "https://example.org/minutes.pdf", Official, FirstStarts.AddDays(1));

        Assert.Equal("https://example.org/minutes.pdf", activity.SummaryLink);
        Assert.Equal(TimelineChange.SummaryAdded, timeline.Revisions[^1].Change);
    }

    [Theory]
    [InlineData(14 * 24 * 60, TwoWeeksResult.Met)]
    [InlineData(14 * 24 * 60 - 1, TwoWeeksResult.NotMet)]
    [InlineData(14 * 24 * 60 - 60, TwoWeeksResult.NotMet)]
    [InlineData(30 * 24 * 60, TwoWeeksResult.Met)]
    [InlineData(-60, TwoWeeksResult.NotMet)]
    public void The_two_weeks_check_compares_publication_with_the_first_activity_to_the_minute(int minutesBefore, TwoWeeksResult expected)
    {
        var (timeline, _) = Drafted1();
        var published = FirstStarts.AddMinutes(-minutesBefore);
        timeline.Publish(Official, published);

        var check = timeline.CheckTwoWeeks(14);

        Assert.Equal(expected, check.Result);
        Assert.Equal(published, check.PublishedAt);
        Assert.Equal(FirstStarts, check.FirstActivityStartsAt);
        Assert.Equal(expected, CoCreationTimeline.CheckTwoWeeks(published, FirstStarts, 14));
    }

    [Fact]
    public void The_two_weeks_check_is_not_measurable_for_a_draft_or_without_activities_and_the_days_are_a_setting()
    {
        var empty = CoCreationTimeline.Start(1, "2017-2019", Drafted);
        Assert.Equal(TwoWeeksResult.NotYetMeasurable, empty.CheckTwoWeeks(14).Result);
        Assert.Null(empty.CheckTwoWeeks(14).FirstActivityStartsAt);

        var (draft, _) = Drafted1();
        Assert.Equal(TwoWeeksResult.NotYetMeasurable, draft.CheckTwoWeeks(14).Result);
        Assert.Equal(FirstStarts, draft.CheckTwoWeeks(14).FirstActivityStartsAt);

        draft.Publish(Official, FirstStarts.AddDays(-10));
        Assert.Equal(TwoWeeksResult.NotMet, draft.CheckTwoWeeks(14).Result);
        Assert.Equal(TwoWeeksResult.Met, draft.CheckTwoWeeks(7).Result);
        Assert.Equal(10, draft.CheckTwoWeeks(14).DaysBefore);
    }

    [Fact]
    public void The_first_activity_is_the_earliest_that_still_takes_place()
    {
        var (timeline, first) = Drafted1();
        timeline.AddActivity(null, Workshop(starts: FirstStarts.AddDays(5), title: "Second"), Official, Drafted);
        timeline.CancelActivity(first, Official, Drafted);
        timeline.Publish(Official, FirstStarts.AddDays(-10));

        Assert.Equal(FirstStarts.AddDays(5), timeline.CheckTwoWeeks(14).FirstActivityStartsAt);
        Assert.Equal(TwoWeeksResult.Met, timeline.CheckTwoWeeks(14).Result);
    }

    [Fact]
    public void Local_times_become_instants_in_the_activity_zone()
    {
        Assert.Equal(
            new DateTimeOffset(2017, 3, 20, 13, 0, 0, TimeSpan.Zero),
            ZonedTime.ToInstant(new DateTime(2017, 3, 20, 10, 0, 0), BuenosAires)
        );
        Assert.Equal(
            new DateTimeOffset(2017, 3, 28, 1, 0, 0, TimeSpan.Zero),
            ZonedTime.ToInstant(new DateTime(2017, 3, 28, 9, 0, 0), "Asia/Manila")
        );
        Assert.Equal(
            new DateTime(2017, 3, 20, 10, 0, 0),
            ZonedTime.ToLocal(new DateTimeOffset(2017, 3, 20, 13, 0, 0, TimeSpan.Zero), BuenosAires)
        );

        // Paris, on both sides of the spring change (26 March 2017, 02:00 → 03:00).
        Assert.Equal(
            new DateTimeOffset(2017, 3, 25, 9, 0, 0, TimeSpan.Zero),
            ZonedTime.ToInstant(new DateTime(2017, 3, 25, 10, 0, 0), "Europe/Paris")
        );
        Assert.Equal(
            new DateTimeOffset(2017, 3, 27, 8, 0, 0, TimeSpan.Zero),
            ZonedTime.ToInstant(new DateTime(2017, 3, 27, 10, 0, 0), "Europe/Paris")
        );
    }

    [Fact]
    public void A_skipped_local_time_and_an_unknown_zone_are_refused_and_a_repeated_time_takes_its_first_occurrence()
    {
        Assert.Equal(
            "Domain.Timeline.TimeSkipped",
            Assert.Throws<DomainException>(() => ZonedTime.ToInstant(new DateTime(2017, 3, 26, 2, 30, 0), "Europe/Paris")).Code
        );
        Assert.Equal(
            "Domain.Timeline.TimeZoneUnknown",
            Assert.Throws<DomainException>(() => ZonedTime.ToInstant(new DateTime(2017, 3, 26, 10, 0, 0), "Mars/Olympus_Mons")).Code
        );
        Assert.Equal("Domain.Timeline.TimeZoneUnknown", Assert.Throws<DomainException>(() => Workshop(zone: "")).Code);

        // 29 October 2017, 02:30 happens twice in Paris: first at +02:00.
        Assert.Equal(
            new DateTimeOffset(2017, 10, 29, 0, 30, 0, TimeSpan.Zero),
            ZonedTime.ToInstant(new DateTime(2017, 10, 29, 2, 30, 0), "Europe/Paris")
        );
    }

    [Fact]
    public void An_activity_needs_a_place_or_a_link_an_end_after_its_start_and_languages_as_codes()
    {
        Assert.Equal("Domain.Timeline.PlaceOrLinkRequired", Assert.Throws<DomainException>(() => Workshop(place: " ")).Code);
        Assert.Equal("Domain.Event.EndsBeforeStart", Assert.Throws<DomainException>(() => Workshop(hours: 0)).Code);
        Assert.Equal("Domain.Timeline.LanguagesInvalid", Assert.Throws<DomainException>(() => Workshop(languages: ["spanish"])).Code);
        Assert.Equal(
            "Domain.Timeline.LinkInvalid",
            Assert.Throws<DomainException>(() => Workshop(place: null, link: "ftp://example.org")).Code
        );
    }

    [Theory]
    [InlineData("2017-2019", true)]
    [InlineData(" 2017-2019 ", true)]
    [InlineData("2019-2017", false)]
    [InlineData("2017", false)]
    [InlineData("", false)]
    public void The_cycle_is_two_years_in_order(string cycle, bool valid)
    {
        if (valid)
        {
            Assert.Equal("2017-2019", CoCreationTimeline.Start(1, cycle, Drafted).Cycle);
        }
        else
        {
            Assert.Equal(
                "Domain.Plan.CycleInvalid",
                Assert.Throws<DomainException>(() => CoCreationTimeline.Start(1, cycle, Drafted)).Code
            );
        }
    }

    [Fact]
    public void Phases_and_activities_of_another_timeline_are_refused()
    {
        var (timeline, _) = Drafted1();
        var (other, otherActivity) = Drafted1();

        Assert.Equal(
            "Domain.Timeline.PhaseUnknown",
            Assert.Throws<DomainException>(() => timeline.AddActivity(other.Phases[0], Workshop(), Official, Drafted)).Code
        );
        Assert.Equal(
            "Domain.Timeline.ActivityUnknown",
            Assert.Throws<DomainException>(() => timeline.CancelActivity(otherActivity, Official, Drafted)).Code
        );
    }
}
