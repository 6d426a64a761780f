using System.Globalization;
using CoCreation.Domain.Common;
using CoCreation.Domain.Timelines;

namespace CoCreation.Domain.Scorecards;

/// <summary>The OGP Participation and Co-Creation Standards (2021) minimum requirements the scorecard checks, in the standards' order.</summary>
public enum Standard
{
    /// <summary>1. A multi-stakeholder forum meets regularly (at least every six months).</summary>
    ForumMeetsRegularly,

    /// <summary>2. The OGP page / online repository is kept up to date (at least twice a year).</summary>
    RepositoryKeptUpToDate,

    /// <summary>3. The timeline and participation opportunities are published at least two weeks before the first activity.</summary>
    TimelinePublishedInTime,

    /// <summary>4. A reasoned response to the public's contributions.</summary>
    ReasonedResponse,

    /// <summary>5. At least two meetings with civil society during implementation.</summary>
    MeetingsDuringImplementation,
}

public enum CheckResult
{
    Met,
    NotMet,
    NotYetMeasurable,
}

/// <summary>The numbers in the standards' rules; the portal reads them from settings, these are the 2021 defaults.</summary>
public sealed record ScorecardThresholds(int ForumMonthsBetweenMeetings, int RepositoryUpdatesPerYear, int DaysBeforeFirstActivity, int AnsweredPercent, int ImplementationMeetings)
{
    public static readonly ScorecardThresholds Standards2021 = new(6, 2, 14, 100, 2);
}

/// <summary>A NAP cycle such as "2017-2019" read as a period: from 1 January of the first year to the end of the last year.</summary>
public sealed record CyclePeriod(string Cycle, DateTimeOffset Start, DateTimeOffset End)
{
    public static CyclePeriod Of(string cycle)
    {
        var checkedCycle = CoCreationTimeline.CheckedCycle(cycle);
        var first = int.Parse(checkedCycle[..4], CultureInfo.InvariantCulture);
        var last = int.Parse(checkedCycle[5..], CultureInfo.InvariantCulture);
        return new CyclePeriod(checkedCycle, new DateTimeOffset(first, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(last + 1, 1, 1, 0, 0, 0, TimeSpan.Zero));
    }

    /// <summary>Whether <paramref name="at"/> falls in the period (its end is exclusive).</summary>
    public bool Contains(DateTimeOffset at) => at >= Start && at < End;

    /// <summary>The cycle running at <paramref name="at"/>, if one of <paramref name="cycles"/> is; else the latest one.</summary>
    public static string? Current(IEnumerable<string> cycles, DateTimeOffset at)
    {
        var periods = cycles.Distinct().Select(Of).OrderByDescending(p => p.Start).ThenByDescending(p => p.End).ToList();
        return (periods.Find(p => p.Contains(at)) ?? periods.FirstOrDefault())?.Cycle;
    }
}

/// <summary>What a record can point at as evidence; the web layer turns it into a link.</summary>
public enum EvidenceKind
{
    Activity,
    Timeline,
    Plan,
    MemberPage,
    Submission,
    Answer,
}

/// <summary>One published record an indicator rests on: what, which one, when, and its title when known.</summary>
public sealed record Evidence(EvidenceKind Kind, long Id, DateTimeOffset At, LocalizedText? Title);

/// <summary>A timeline activity as the scorecard sees it.</summary>
public sealed record ActivityFact(int Id, ActivityKind Kind, LocalizedText? Title, DateTimeOffset StartsAt, bool Cancelled);

/// <summary>The published timeline of the cycle: when it was published and its first activity that still takes place.</summary>
public sealed record TimelineFact(int Id, DateTimeOffset PublishedAt, ActivityFact? FirstActivity);

/// <summary>Something that changed what the member's page shows, and when.</summary>
public sealed record UpdateFact(EvidenceKind Kind, long Id, DateTimeOffset At, LocalizedText? Title = null);

/// <summary>A published submission owed a reasoned response (not a help request, which the Support Unit answers), and its answer date if answered.</summary>
public sealed record SubmissionFact(long Id, string? Title, DateTimeOffset PublishedAt, DateTimeOffset? AnsweredAt);

/// <summary>The published record of one member for one cycle.</summary>
public sealed record ScorecardRecord(
    CyclePeriod Period,
    IReadOnlyList<ActivityFact> Activities,
    TimelineFact? Timeline,
    DateTimeOffset? PlanPublishedAt,
    int? PlanId,
    IReadOnlyList<UpdateFact> Updates,
    IReadOnlyList<SubmissionFact> Submissions);

public abstract record Indicator(Standard Standard, CheckResult Result, IReadOnlyList<Evidence> Evidence);

/// <param name="Meetings">Forum meetings held in the cycle so far.</param>
/// <param name="LongestGapDays">The longest stretch without a meeting, from the first activity of the cycle to today or the end of the cycle.</param>
public sealed record ForumIndicator(CheckResult Result, int Meetings, int? LongestGapDays, DateTimeOffset? LastMeetingAt, int MaximumMonths, IReadOnlyList<Evidence> Evidence)
    : Indicator(Standard.ForumMeetsRegularly, Result, Evidence);

/// <param name="Updates">Days with at least one update, per calendar year of the cycle; <c>Complete</c> once the year is over.</param>
public sealed record RepositoryIndicator(CheckResult Result, DateTimeOffset? LastUpdateAt, IReadOnlyList<YearUpdates> Updates, int MinimumPerYear, IReadOnlyList<Evidence> Evidence)
    : Indicator(Standard.RepositoryKeptUpToDate, Result, Evidence);

public sealed record YearUpdates(int Year, int Days, bool Complete);

public sealed record TimelineIndicator(CheckResult Result, TwoWeeksCheck Check, IReadOnlyList<Evidence> Evidence)
    : Indicator(Standard.TimelinePublishedInTime, Result, Evidence);

/// <param name="AnsweredPercent">Whole percent, rounded down, so 199 of 200 never reads as 100 %.</param>
/// <param name="Answers">The answers, latest first.</param>
/// <param name="Unanswered">Published submissions still waiting for an answer, oldest first.</param>
public sealed record ResponseIndicator(CheckResult Result, int Published, int Answered, int? AnsweredPercent, double? MedianDaysToAnswer, int MinimumPercent,
    IReadOnlyList<Evidence> Answers, IReadOnlyList<Evidence> Unanswered)
    : Indicator(Standard.ReasonedResponse, Result, [.. Answers, .. Unanswered]);

public sealed record ImplementationIndicator(CheckResult Result, DateTimeOffset? ImplementationStartsAt, int Meetings, int Minimum, IReadOnlyList<Evidence> Evidence)
    : Indicator(Standard.MeetingsDuringImplementation, Result, Evidence);

/// <summary>One member's cycle against the minimum requirements.</summary>
public sealed record Scorecard(CyclePeriod Period, ForumIndicator Forum, RepositoryIndicator Repository, TimelineIndicator Timeline, ResponseIndicator Responses, ImplementationIndicator Implementation)
{
    public IReadOnlyList<Indicator> Indicators => [Forum, Repository, Timeline, Responses, Implementation];

    public int Count(CheckResult result) => Indicators.Count(i => i.Result == result);
}

/// <summary>
/// The standards as checks over a member's published record (DOMAIN.md). Pure: the same record, thresholds and
/// moment give the same scorecard.
/// </summary>
public static class ScorecardRules
{
    private static readonly ActivityKind[] CivilSocietyMeetingKinds = [ActivityKind.CivilSocietyMeeting, ActivityKind.ForumMeeting];

    public static Scorecard Compute(ScorecardRecord record, ScorecardThresholds thresholds, DateTimeOffset now) => new(
        record.Period,
        Forum(record.Period, record.Activities, thresholds.ForumMonthsBetweenMeetings, now),
        Repository(record.Period, record.Updates, thresholds.RepositoryUpdatesPerYear, now),
        Timeline(record.Timeline, thresholds.DaysBeforeFirstActivity),
        Responses(record.Submissions, thresholds.AnsweredPercent),
        Implementation(record.Period, record.Activities, record.PlanPublishedAt, record.PlanId, thresholds.ImplementationMeetings, now));

    /// <summary>
    /// From the first activity of the cycle to today (or the end of the cycle), no stretch longer than
    /// <paramref name="maximumMonths"/> months (calendar months, by date) without a forum meeting held.
    /// </summary>
    public static ForumIndicator Forum(CyclePeriod period, IReadOnlyList<ActivityFact> activities, int maximumMonths, DateTimeOffset now)
    {
        var held = activities.Where(a => !a.Cancelled && period.Contains(a.StartsAt) && a.StartsAt <= now).OrderBy(a => a.StartsAt).ToList();
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

        var result = tooLong ? CheckResult.NotMet
            : meetings.Count > 0 ? CheckResult.Met
            : CheckResult.NotYetMeasurable;
        return new ForumIndicator(result, meetings.Count, longest, meetings.LastOrDefault()?.StartsAt, maximumMonths, evidence);
    }

    /// <summary>
    /// Every calendar year of the cycle that is over saw updates on at least <paramref name="minimumPerYear"/>
    /// different days; measurable once the first year of the cycle is over.
    /// </summary>
    public static RepositoryIndicator Repository(CyclePeriod period, IReadOnlyList<UpdateFact> updates, int minimumPerYear, DateTimeOffset now)
    {
        var past = updates.Where(u => u.At <= now).ToList();
        var inCycle = past.Where(u => period.Contains(u.At)).OrderByDescending(u => u.At).ToList();
        var years = Enumerable.Range(period.Start.Year, period.End.Year - period.Start.Year)
            .Select(year => new YearUpdates(year, inCycle.Where(u => u.At.UtcDateTime.Year == year).Select(u => Day(u.At)).Distinct().Count(), new DateTimeOffset(year + 1, 1, 1, 0, 0, 0, TimeSpan.Zero) <= now))
            .ToList();
        var complete = years.Where(y => y.Complete).ToList();
        var result = complete.Count == 0 ? CheckResult.NotYetMeasurable
            : complete.TrueForAll(y => y.Days >= minimumPerYear) ? CheckResult.Met
            : CheckResult.NotMet;
        var last = past.Count == 0 ? (DateTimeOffset?)null : past.Max(u => u.At);
        return new RepositoryIndicator(result, last, years, minimumPerYear, inCycle.Select(u => new Evidence(u.Kind, u.Id, u.At, u.Title)).ToList());
    }

    /// <summary>The timeline's two-weeks check (<see cref="CoCreationTimeline.CheckTwoWeeks(DateTimeOffset?, DateTimeOffset?, int)"/>), with the timeline and its first activity as evidence.</summary>
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
        return new TimelineIndicator(result switch
        {
            TwoWeeksResult.Met => CheckResult.Met,
            TwoWeeksResult.NotMet => CheckResult.NotMet,
            _ => CheckResult.NotYetMeasurable,
        }, check, evidence);
    }

    /// <summary>At least <paramref name="minimumPercent"/> % of the published submissions answered with a reason; measurable once one is published.</summary>
    public static ResponseIndicator Responses(IReadOnlyList<SubmissionFact> submissions, int minimumPercent)
    {
        var answered = submissions.Where(s => s.AnsweredAt is not null).OrderByDescending(s => s.AnsweredAt).ToList();
        var unanswered = submissions.Where(s => s.AnsweredAt is null).OrderBy(s => s.PublishedAt).ThenBy(s => s.Id).ToList();
        var published = submissions.Count;
        var result = published == 0 ? CheckResult.NotYetMeasurable
            : answered.Count * 100L >= (long)minimumPercent * published ? CheckResult.Met
            : CheckResult.NotMet;
        int? percent = published == 0 ? null : (int)(answered.Count * 100L / published);
        return new ResponseIndicator(result, published, answered.Count, percent, Median(answered.Select(s => (s.AnsweredAt!.Value - s.PublishedAt).TotalDays)), minimumPercent,
            answered.Select(s => new Evidence(EvidenceKind.Answer, s.Id, s.AnsweredAt!.Value, Titled(s.Title))).ToList(),
            unanswered.Select(s => new Evidence(EvidenceKind.Submission, s.Id, s.PublishedAt, Titled(s.Title))).ToList());
    }

    /// <summary>
    /// Meetings with civil society (or of the forum) held between the plan's publication and the end of
    /// the cycle: met at <paramref name="minimum"/>; not met once the cycle is over with fewer.
    /// </summary>
    public static ImplementationIndicator Implementation(CyclePeriod period, IReadOnlyList<ActivityFact> activities, DateTimeOffset? planPublishedAt, int? planId, int minimum, DateTimeOffset now)
    {
        if (planPublishedAt is not { } starts)
        {
            return new ImplementationIndicator(CheckResult.NotYetMeasurable, null, 0, minimum, []);
        }

        var meetings = activities
            .Where(a => !a.Cancelled && CivilSocietyMeetingKinds.Contains(a.Kind) && a.StartsAt >= starts && a.StartsAt < period.End && a.StartsAt <= now)
            .OrderBy(a => a.StartsAt)
            .ToList();
        var result = meetings.Count >= minimum ? CheckResult.Met
            : now >= period.End ? CheckResult.NotMet
            : CheckResult.NotYetMeasurable;
        List<Evidence> evidence = planId is { } id ? [new Evidence(EvidenceKind.Plan, id, starts, null)] : [];
        evidence.AddRange(meetings.Select(AsEvidence));
        return new ImplementationIndicator(result, starts, meetings.Count, minimum, evidence);
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
