using CoCreation.Domain.Common;
using CoCreation.Domain.Scorecards;
using CoCreation.Domain.Timelines;

namespace CoCreation.Domain.Tests.Scorecards;

public sealed class ScorecardRulesTests
{
    private static readonly CyclePeriod Cycle = CyclePeriod.Of("2017-2019");
    private static int _ids;

    private static DateTimeOffset On(int year, int month, int day, int hour = 10) => new(year, month, day, hour, 0, 0, TimeSpan.Zero);

    private static ActivityFact Activity(ActivityKind kind, DateTimeOffset starts, bool cancelled = false) =>
        new(Interlocked.Increment(ref _ids), kind, new LocalizedText(kind.ToString()), starts, cancelled);

    [Fact]
    public void A_cycle_runs_from_the_first_of_january_of_its_first_year_to_the_end_of_its_last()
    {
        Assert.Equal(On(2017, 1, 1, 0), Cycle.Start);
        Assert.Equal(On(2020, 1, 1, 0), Cycle.End);
        Assert.True(Cycle.Contains(On(2019, 12, 31, 23)));
        Assert.False(Cycle.Contains(On(2020, 1, 1, 0)));
        Assert.Equal("2019-2021", CyclePeriod.Current(["2017-2019", "2019-2021"], On(2020, 5, 1)));
        Assert.Equal("2019-2021", CyclePeriod.Current(["2017-2019", "2019-2021"], On(2026, 5, 1)));
        Assert.Null(CyclePeriod.Current([], On(2026, 5, 1)));
        Assert.Equal("Domain.Plan.CycleInvalid", Assert.Throws<DomainException>(() => CyclePeriod.Of("2019-2017")).Code);
    }

    [Fact]
    public void Published_exactly_fourteen_days_before_the_first_activity_meets_the_timeline_standard_and_thirteen_does_not()
    {
        var first = Activity(ActivityKind.Workshop, On(2017, 3, 20));

        var exactly = ScorecardRules.Timeline(new TimelineFact(1, On(2017, 3, 6), first), 14);
        var late = ScorecardRules.Timeline(new TimelineFact(1, On(2017, 3, 7), first), 14);

        Assert.Equal(CheckResult.Met, exactly.Result);
        Assert.Equal(14, exactly.Check.DaysBefore);
        Assert.Equal([EvidenceKind.Timeline, EvidenceKind.Activity], exactly.Evidence.Select(e => e.Kind));
        Assert.Equal(CheckResult.NotMet, late.Result);
        Assert.Equal(13, late.Check.DaysBefore);
    }

    [Fact]
    public void No_published_timeline_or_no_activity_is_not_yet_measurable()
    {
        Assert.Equal(CheckResult.NotYetMeasurable, ScorecardRules.Timeline(null, 14).Result);
        Assert.Empty(ScorecardRules.Timeline(null, 14).Evidence);
        Assert.Equal(CheckResult.NotYetMeasurable, ScorecardRules.Timeline(new TimelineFact(1, On(2017, 3, 6), null), 14).Result);
    }

    [Fact]
    public void Forum_meetings_exactly_six_months_apart_meet_the_standard_and_one_day_more_does_not()
    {
        var now = On(2017, 8, 1);
        var first = Activity(ActivityKind.ForumMeeting, On(2017, 1, 15));

        var onTime = ScorecardRules.Forum(Cycle, [first, Activity(ActivityKind.ForumMeeting, On(2017, 7, 15))], 6, now);
        var dayLate = ScorecardRules.Forum(Cycle, [first, Activity(ActivityKind.ForumMeeting, On(2017, 7, 16))], 6, now);

        Assert.Equal(CheckResult.Met, onTime.Result);
        Assert.Equal(2, onTime.Meetings);
        Assert.Equal(181, onTime.LongestGapDays);
        Assert.Equal(2, onTime.Evidence.Count);
        Assert.Equal(CheckResult.NotMet, dayLate.Result);
        Assert.Equal(182, dayLate.LongestGapDays);
    }

    [Fact]
    public void A_forum_silent_for_more_than_six_months_until_today_or_the_end_of_the_cycle_is_not_met()
    {
        var meeting = Activity(ActivityKind.ForumMeeting, On(2017, 1, 15));

        Assert.Equal(CheckResult.Met, ScorecardRules.Forum(Cycle, [meeting], 6, On(2017, 7, 15)).Result);
        Assert.Equal(CheckResult.NotMet, ScorecardRules.Forum(Cycle, [meeting], 6, On(2017, 7, 16)).Result);
        Assert.Equal(
            CheckResult.NotMet,
            ScorecardRules.Forum(Cycle, [meeting, Activity(ActivityKind.ForumMeeting, On(2019, 7, 10))], 6, On(2026, 1, 1)).Result
        );
        Assert.Equal(
            CheckResult.Met,
            ScorecardRules.Forum(Cycle, [meeting, Activity(ActivityKind.ForumMeeting, On(2019, 7, 1))], 4 * 12, On(2026, 1, 1)).Result
        );
    }

    [Fact]
    public void Without_activities_the_forum_is_not_yet_measurable_and_without_a_forum_it_fails_after_six_months()
    {
        var workshop = Activity(ActivityKind.Workshop, On(2017, 3, 1));

        Assert.Equal(CheckResult.NotYetMeasurable, ScorecardRules.Forum(Cycle, [], 6, On(2018, 1, 1)).Result);
        Assert.Equal(
            CheckResult.NotYetMeasurable,
            ScorecardRules.Forum(Cycle, [Activity(ActivityKind.ForumMeeting, On(2017, 5, 1), cancelled: true)], 6, On(2018, 1, 1)).Result
        );
        Assert.Equal(CheckResult.NotYetMeasurable, ScorecardRules.Forum(Cycle, [workshop], 6, On(2017, 9, 1)).Result);
        Assert.Equal(CheckResult.NotMet, ScorecardRules.Forum(Cycle, [workshop], 6, On(2017, 9, 2)).Result);
        Assert.Equal(
            CheckResult.NotYetMeasurable,
            ScorecardRules.Forum(Cycle, [Activity(ActivityKind.ForumMeeting, On(2017, 9, 1))], 6, On(2017, 8, 1)).Result
        );
    }

    [Fact]
    public void Three_answered_of_four_published_is_seventy_five_percent_with_the_median_time_and_the_one_left_unanswered()
    {
        var published = On(2017, 3, 20);
        SubmissionFact[] submissions =
        [
            new(1, "One", published, published.AddDays(2)),
            new(2, "Two", published, published.AddDays(4)),
            new(3, "Three", published, published.AddDays(9)),
            new(4, "Four", published.AddDays(1), null),
        ];

        var responses = ScorecardRules.Responses(submissions, 75);
        var stricter = ScorecardRules.Responses(submissions, 76);

        Assert.Equal(CheckResult.Met, responses.Result);
        Assert.Equal(75, responses.AnsweredPercent);
        Assert.Equal(4, responses.MedianDaysToAnswer);
        Assert.Equal([4L], responses.Unanswered.Select(u => u.Id));
        Assert.Equal([3L, 2L, 1L], responses.Answers.Select(a => a.Id));
        Assert.Equal(4, responses.Evidence.Count);
        Assert.Equal(CheckResult.NotMet, stricter.Result);
    }

    [Fact]
    public void No_published_submission_leaves_reasoned_responses_not_yet_measurable_and_an_even_count_s_median_is_the_middle_two_s_mean()
    {
        var none = ScorecardRules.Responses([], 100);
        Assert.Equal(CheckResult.NotYetMeasurable, none.Result);
        Assert.Null(none.AnsweredPercent);
        Assert.Null(none.MedianDaysToAnswer);

        var published = On(2017, 3, 20);
        var two = ScorecardRules.Responses(
            [new(1, "a", published, published.AddDays(1)), new(2, "b", published, published.AddDays(4))],
            100
        );
        Assert.Equal(2.5, two.MedianDaysToAnswer);
        Assert.Equal(CheckResult.Met, two.Result);
        Assert.Equal(
            99,
            ScorecardRules
                .Responses(
                    [
                        .. Enumerable.Range(1, 199).Select(i => new SubmissionFact(i, null, published, published.AddDays(1))),
                        new SubmissionFact(200, null, published, null),
                    ],
                    100
                )
                .AnsweredPercent
        );
    }

    [Fact]
    public void The_page_is_kept_up_to_date_when_every_finished_year_of_the_cycle_has_updates_on_two_days()
    {
        UpdateFact Update(DateTimeOffset at) => new(EvidenceKind.Timeline, 1, at);
        UpdateFact[] twiceEachYear =
        [
            Update(On(2017, 3, 1)),
            Update(On(2017, 9, 1)),
            Update(On(2018, 2, 1)),
            Update(On(2018, 2, 2)),
            Update(On(2019, 1, 5)),
            Update(On(2019, 6, 5)),
        ];

        var met = ScorecardRules.Repository(Cycle, twiceEachYear, 2, On(2026, 1, 1));
        var sameDayTwice = ScorecardRules.Repository(
            Cycle,
            [.. twiceEachYear.Where(u => u.At.Year != 2018), Update(On(2018, 2, 1, 8)), Update(On(2018, 2, 1, 16))],
            2,
            On(2026, 1, 1)
        );
        var firstYearRunning = ScorecardRules.Repository(Cycle, [Update(On(2017, 3, 1))], 2, On(2017, 12, 31));
        var firstYearOver = ScorecardRules.Repository(Cycle, [Update(On(2017, 3, 1))], 2, On(2018, 1, 1, 0));

        Assert.Equal(CheckResult.Met, met.Result);
        Assert.Equal(On(2019, 6, 5), met.LastUpdateAt);
        Assert.Equal([2, 2, 2], met.Updates.Select(y => y.Days));
        Assert.Equal(6, met.Evidence.Count);
        Assert.Equal(CheckResult.NotMet, sameDayTwice.Result);
        Assert.Equal(CheckResult.NotYetMeasurable, firstYearRunning.Result);
        Assert.Equal(CheckResult.NotMet, firstYearOver.Result);
        Assert.Equal(CheckResult.NotYetMeasurable, ScorecardRules.Repository(Cycle, [], 2, On(2017, 6, 1)).Result);
    }

    private static CommitmentFact Commitment(string ogpId, params DateTimeOffset[] progressAt) =>
        new(ogpId, new LocalizedText(ogpId), progressAt);

    [Fact]
    public void Two_meetings_with_civil_society_and_progress_on_every_commitment_after_the_plan_is_published_meet_standard_five()
    {
        var plan = On(2017, 8, 31);
        ActivityFact[] meetings =
        [
            Activity(ActivityKind.CivilSocietyMeeting, On(2017, 3, 29)),
            Activity(ActivityKind.CivilSocietyMeeting, On(2018, 3, 1)),
            Activity(ActivityKind.ForumMeeting, On(2018, 11, 1)),
            Activity(ActivityKind.Workshop, On(2019, 2, 1)),
        ];
        CommitmentFact[] reported = [Commitment("AR0090", On(2017, 12, 15), On(2018, 6, 30)), Commitment("AR0091", On(2018, 4, 20))];

        var met = ScorecardRules.Implementation(Cycle, meetings, reported, plan, 7, 2, On(2026, 1, 1));
        var oneHeld = ScorecardRules.Implementation(Cycle, meetings, reported, plan, 7, 2, On(2018, 6, 1));
        var cycleOverWithOne = ScorecardRules.Implementation(Cycle, meetings[..2], reported, plan, 7, 2, On(2020, 1, 1, 0));

        Assert.Equal(CheckResult.Met, met.Result);
        Assert.Equal((2, 2, 2), (met.Meetings, met.Commitments, met.CommitmentsReported));
        Assert.Equal(
            [EvidenceKind.Plan, EvidenceKind.Activity, EvidenceKind.Activity, EvidenceKind.Progress, EvidenceKind.Progress],
            met.Evidence.Select(e => e.Kind)
        );
        Assert.Equal([null, null, null, "AR0090", "AR0091"], met.Evidence.Select(e => e.Key));
        Assert.Equal(On(2018, 6, 30), met.Evidence[3].At);
        Assert.Equal(CheckResult.NotYetMeasurable, oneHeld.Result);
        Assert.Equal(CheckResult.NotMet, cycleOverWithOne.Result);
        Assert.Equal(
            CheckResult.NotYetMeasurable,
            ScorecardRules.Implementation(Cycle, meetings, reported, null, null, 2, On(2026, 1, 1)).Result
        );
    }

    [Fact]
    public void Meetings_without_progress_on_every_commitment_or_progress_reported_before_publication_do_not_meet_standard_five()
    {
        var plan = On(2017, 8, 31);
        ActivityFact[] meetings =
        [
            Activity(ActivityKind.ForumMeeting, On(2018, 3, 1)),
            Activity(ActivityKind.ForumMeeting, On(2018, 9, 1)),
            Activity(ActivityKind.ForumMeeting, On(2019, 3, 1), cancelled: true),
        ];

        var silentCommitment = ScorecardRules.Implementation(
            Cycle,
            meetings,
            [Commitment("CO0050", On(2018, 1, 10)), Commitment("CO0051")],
            plan,
            7,
            2,
            On(2026, 1, 1)
        );
        var beforePublication = ScorecardRules.Implementation(
            Cycle,
            meetings,
            [Commitment("CO0050", On(2017, 8, 1)), Commitment("CO0051", On(2020, 2, 1))],
            plan,
            7,
            2,
            On(2026, 1, 1)
        );
        var noCommitments = ScorecardRules.Implementation(Cycle, meetings, [], plan, 7, 2, On(2026, 1, 1));
        var stillRunning = ScorecardRules.Implementation(
            Cycle,
            meetings,
            [Commitment("CO0050"), Commitment("CO0051")],
            plan,
            7,
            2,
            On(2019, 1, 1)
        );

        Assert.Equal(
            (CheckResult.NotMet, 2, 1),
            (silentCommitment.Result, silentCommitment.Meetings, silentCommitment.CommitmentsReported)
        );
        Assert.Equal((CheckResult.NotMet, 0), (beforePublication.Result, beforePublication.CommitmentsReported));
        Assert.Equal(CheckResult.NotMet, noCommitments.Result);
        Assert.Equal(CheckResult.NotYetMeasurable, stillRunning.Result);
    }

    [Fact]
    public void A_scorecard_counts_its_five_indicators_by_result()
    {
        var record = new ScorecardRecord(Cycle, [], null, null, null, [], [], []);

        var scorecard = ScorecardRules.Compute(record, ScorecardThresholds.Standards2021, On(2017, 2, 1));

        Assert.Equal(Enum.GetValues<Standard>(), scorecard.Indicators.Select(i => i.Standard));
        Assert.Equal(5, scorecard.Count(CheckResult.NotYetMeasurable));
    }
}
