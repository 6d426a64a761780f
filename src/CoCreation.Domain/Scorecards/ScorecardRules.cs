using CoCreation.Domain.Common;
using CoCreation.Domain.Timelines;

namespace CoCreation.Domain.Scorecards;

/// <summary>
/// The standards as checks over a member's published record (DOMAIN.md). Pure: the same record, thresholds and
/// moment give the same scorecard.
/// </summary>
public static class ScorecardRules
{
    private static readonly ActivityKind[] CivilSocietyMeetingKinds = [ActivityKind.CivilSocietyMeeting, ActivityKind.ForumMeeting];

    public static Scorecard Compute(ScorecardRecord record, ScorecardThresholds thresholds, DateTimeOffset now) =>
        new(
            record.Period,
            Forum(record.Period, record.Activities, thresholds.ForumMonthsBetweenMeetings, now),
            Repository(record.Period, record.Updates, thresholds.RepositoryUpdatesPerYear, now),
            Timeline(record.Timeline, thresholds.DaysBeforeFirstActivity),
            Responses(record.Submissions, thresholds.AnsweredPercent),
            Implementation(
                record.Period,
                record.Activities,
                record.Commitments,
                record.PlanPublishedAt,
                record.PlanId,
                thresholds.ImplementationMeetings,
                now
            )
        );

    /// <summary>
    /// From the first activity of the cycle to today (or the end of the cycle), no stretch longer than
    /// <paramref name="maximumMonths"/> months (calendar months, by date) without a forum meeting held.
    /// </summary>
    public static ForumIndicator Forum(CyclePeriod period, IReadOnlyList<ActivityFact> activities, int maximumMonths, DateTimeOffset now)
    {
        var held = activities
            .Where(a => !a.Cancelled && period.Contains(a.StartsAt) && a.StartsAt <= now)
            .OrderBy(a => a.StartsAt)
            .ToList();
        var meetings = held.Where(a => a.Kind == ActivityKind.ForumMeeting).ToList();
        var evidence = meetings.Select(AsEvidence).ToList();
        if (held.Count == 0)
        {
            return new ForumIndicator(CheckResult.NotYetMeasurable, 0, null, null, maximumMonths, evidence);
        }

        var windowEnd = now < period.End ? now : period.End.AddTicks(-1);
        var points = new List<DateOnly> { Day(held[0].StartsAt) };
        points.AddRange(meetings.Select(m => Day(m.StartsAt)));
        points.Add(Day(windowEnd));
        var tooLong = false;
        var longest = 0;
        for (var i = 1; i < points.Count; i++)
        {
            tooLong |= points[i] > points[i - 1].AddMonths(maximumMonths);
            longest = Math.Max(longest, points[i].DayNumber - points[i - 1].DayNumber);
        }

        var result =
            tooLong ? CheckResult.NotMet
            : meetings.Count > 0 ? CheckResult.Met
            : CheckResult.NotYetMeasurable;
        return new ForumIndicator(result, meetings.Count, longest, meetings.LastOrDefault()?.StartsAt, maximumMonths, evidence);
    }

    /// <summary>
    /// Every calendar year of the cycle that is over saw updates on at least <paramref name="minimumPerYear"/>
    /// different days; measurable once the first year of the cycle is over.
    /// </summary>
    public static RepositoryIndicator Repository(
        CyclePeriod period,
        IReadOnlyList<UpdateFact> updates,
        int minimumPerYear,
        DateTimeOffset now
    )
    {
        var past = updates.Where(u => u.At <= now).ToList();
        var inCycle = past.Where(u => period.Contains(u.At)).OrderByDescending(u => u.At).ToList();
        var years = Enumerable
            .Range(period.Start.Year, period.End.Year - period.Start.Year)
            .Select(year => new YearUpdates(
                year,
                inCycle.Where(u => u.At.UtcDateTime.Year == year).Select(u => Day(u.At)).Distinct().Count(),
                new DateTimeOffset(year + 1, 1, 1, 0, 0, 0, TimeSpan.Zero) <= now
            ))
            .ToList();
        var complete = years.Where(y => y.Complete).ToList();
        var result =
            complete.Count == 0 ? CheckResult.NotYetMeasurable
            : complete.TrueForAll(y => y.Days >= minimumPerYear) ? CheckResult.Met
            : CheckResult.NotMet;
        var last = past.Count == 0 ? (DateTimeOffset?)null : past.Max(u => u.At);
        return new RepositoryIndicator(
            result,
            last,
            years,
            minimumPerYear,
            inCycle.Select(u => new Evidence(u.Kind, u.Id, u.At, u.Title, u.Key)).ToList()
        );
    }

    /// <summary>
    /// The timeline's two-weeks check (<see cref="CoCreationTimeline.CheckTwoWeeks(DateTimeOffset?, DateTimeOffset?, int)"/>), with the
    /// timeline and its first activity as evidence.
    /// </summary>
    public static TimelineIndicator Timeline(TimelineFact? timeline, int minimumDays)
    {
        var first = timeline?.FirstActivity;
        var result = CoCreationTimeline.CheckTwoWeeks(timeline?.PublishedAt, first?.StartsAt, minimumDays);
        var evidence = new List<Evidence>();
        if (timeline is not null)
        {
            evidence.Add(new Evidence(EvidenceKind.Timeline, timeline.Id, timeline.PublishedAt, null));
        }

        if (first is not null)
        {
            evidence.Add(AsEvidence(first));
        }

        var check = new TwoWeeksCheck(result, minimumDays, timeline?.PublishedAt, first?.StartsAt);
        return new TimelineIndicator(
            result switch
            {
                TwoWeeksResult.Met => CheckResult.Met,
                TwoWeeksResult.NotMet => CheckResult.NotMet,
                _ => CheckResult.NotYetMeasurable,
            },
            check,
            evidence
        );
    }

    /// <summary>
    /// At least <paramref name="minimumPercent"/> % of the published submissions answered with a reason; measurable once one is published.
    /// </summary>
    public static ResponseIndicator Responses(IReadOnlyList<SubmissionFact> submissions, int minimumPercent)
    {
        var answered = submissions.Where(s => s.AnsweredAt is not null).OrderByDescending(s => s.AnsweredAt).ToList();
        var unanswered = submissions.Where(s => s.AnsweredAt is null).OrderBy(s => s.PublishedAt).ThenBy(s => s.Id).ToList();
        var published = submissions.Count;
        var result =
            published == 0 ? CheckResult.NotYetMeasurable
            : answered.Count * 100L >= (long)minimumPercent * published ? CheckResult.Met
            : CheckResult.NotMet;
        int? percent = published == 0 ? null : (int)(answered.Count * 100L / published);
        return new ResponseIndicator(
            result,
            published,
            answered.Count,
            percent,
            Median(answered.Select(s => (s.AnsweredAt!.Value - s.PublishedAt).TotalDays)),
            minimumPercent,
            answered.Select(s => new Evidence(EvidenceKind.Answer, s.Id, s.AnsweredAt!.Value, Titled(s.Title))).ToList(),
            unanswered.Select(s => new Evidence(EvidenceKind.Submission, s.Id, s.PublishedAt, Titled(s.Title))).ToList()
        );
    }

    /// <summary>
    /// Standard 5 during implementation, from the plan's publication to the end of the cycle: at least
    /// <paramref name="minimum"/> meetings with civil society (or of the forum) held, and progress published on every commitment
    /// of the plan. Met once both are shown; not met once the cycle is over without them; until then not yet measurable.
    /// </summary>
    public static ImplementationIndicator Implementation(
        CyclePeriod period,
        IReadOnlyList<ActivityFact> activities,
        IReadOnlyList<CommitmentFact> commitments,
        DateTimeOffset? planPublishedAt,
        int? planId,
        int minimum,
        DateTimeOffset now
    )
    {
        if (planPublishedAt is not { } starts)
        {
            return new ImplementationIndicator(CheckResult.NotYetMeasurable, null, 0, minimum, commitments.Count, 0, []);
        }

        bool During(DateTimeOffset at) => at >= starts && at < period.End && at <= now;
        var meetings = activities
            .Where(a => !a.Cancelled && CivilSocietyMeetingKinds.Contains(a.Kind) && During(a.StartsAt))
            .OrderBy(a => a.StartsAt)
            .ToList();
        var reported = commitments
            .Select(c => (Commitment: c, Latest: c.ProgressAt.Where(During).DefaultIfEmpty().Max()))
            .Where(c => c.Latest != default)
            .OrderBy(c => c.Commitment.OgpId, StringComparer.Ordinal)
            .ToList();
        var shown = meetings.Count >= minimum && commitments.Count > 0 && reported.Count == commitments.Count;
        var result =
            shown ? CheckResult.Met
            : now >= period.End ? CheckResult.NotMet
            : CheckResult.NotYetMeasurable;
        List<Evidence> evidence = planId is { } id ? [new Evidence(EvidenceKind.Plan, id, starts, null)] : [];
        evidence.AddRange(meetings.Select(AsEvidence));
        evidence.AddRange(reported.Select(r => new Evidence(EvidenceKind.Progress, 0, r.Latest, r.Commitment.Title, r.Commitment.OgpId)));
        return new ImplementationIndicator(result, starts, meetings.Count, minimum, commitments.Count, reported.Count, evidence);
    }

    private static Evidence AsEvidence(ActivityFact activity) => new(EvidenceKind.Activity, activity.Id, activity.StartsAt, activity.Title);

    private static LocalizedText? Titled(string? title) => string.IsNullOrWhiteSpace(title) ? null : new LocalizedText(title);

    private static DateOnly Day(DateTimeOffset at) => DateOnly.FromDateTime(at.UtcDateTime);

    private static double? Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0)
        {
            return null;
        }

        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
