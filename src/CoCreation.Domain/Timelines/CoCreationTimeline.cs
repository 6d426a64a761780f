using System.Text.RegularExpressions;
using CoCreation.Domain.Common;

namespace CoCreation.Domain.Timelines;

public enum ActivityKind
{
    Workshop,
    CivilSocietyMeeting,
    ForumMeeting,
    OnlineConsultation,
    ValidationSession,
    Other,
}

/// <summary>What a revision after publication changed; the web layer words it in the reader's language.</summary>
public enum TimelineChange
{
    DetailsChanged,
    PhaseAdded,
    PhaseChanged,
    ActivityAdded,
    ActivityChanged,
    ActivityCancelled,
    SummaryAdded,
}

public enum TwoWeeksResult
{
    Met,
    NotMet,
    NotYetMeasurable,
}

/// <summary>The OGP standard "published at least N days before the first activity", with its two dates as evidence.</summary>
public sealed record TwoWeeksCheck(
    TwoWeeksResult Result,
    int MinimumDays,
    DateTimeOffset? PublishedAt,
    DateTimeOffset? FirstActivityStartsAt
)
{
    /// <summary>Whole days between publication and the first activity (negative when published after it started).</summary>
    public int? DaysBefore =>
        PublishedAt is { } published && FirstActivityStartsAt is { } first ? (int)Math.Floor((first - published).TotalDays) : null;
}

/// <summary>
/// A government's published plan for developing its new NAP: phases and activities. A draft changes
/// freely; once published, every change is kept as a <see cref="TimelineRevision"/> so readers see
/// what changed and when.
/// </summary>
public sealed partial class CoCreationTimeline : Entity
{
    private readonly List<TimelinePhase> _phases = [];
    private readonly List<TimelineActivity> _activities = [];
    private readonly List<TimelineRevision> _revisions = [];

    private CoCreationTimeline() { }

    public int Id { get; private set; }

    public int MemberId { get; private set; }

    /// <summary>The NAP cycle, e.g. "2017-2019".</summary>
    public string Cycle { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public Guid? PublishedBy { get; private set; }

    public bool IsPublished => PublishedAt is not null;

    public IReadOnlyList<TimelinePhase> Phases => _phases;

    public IReadOnlyList<TimelineActivity> Activities => _activities;

    public IReadOnlyList<TimelineRevision> Revisions => _revisions;

    public static CoCreationTimeline Start(int memberId, string cycle, DateTimeOffset now) =>
        new()
        {
            MemberId = memberId,
            Cycle = CheckedCycle(cycle),
            CreatedAt = now,
            UpdatedAt = now,
        };

    /// <summary>The length of a cycle, "2017-2019" (action plans use the same cycles).</summary>
    public const int CycleMax = 9;

    /// <summary>"2017-2019": two years, the second after the first.</summary>
    public static string CheckedCycle(string? cycle)
    {
        var match = CyclePattern().Match(cycle?.Trim() ?? "");
        if (
            !match.Success
            || int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)
                <= int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)
        )
        {
            throw new DomainException("Domain.Plan.CycleInvalid");
        }

        return match.Value;
    }

    public void ChangeCycle(string cycle, Guid actorId, DateTimeOffset now)
    {
        var checkedCycle = CheckedCycle(cycle);
        if (checkedCycle == Cycle)
        {
            return;
        }

        Cycle = checkedCycle;
        Changed(actorId, now, TimelineChange.DetailsChanged, checkedCycle, ["Cycle"]);
    }

    public TimelinePhase AddPhase(LocalizedText name, Guid actorId, DateTimeOffset now)
    {
        var phase = new TimelinePhase(name, _phases.Count == 0 ? 1 : _phases.Max(p => p.Order) + 1);
        _phases.Add(phase);
        Changed(actorId, now, TimelineChange.PhaseAdded, name.In("en"), []);
        return phase;
    }

    public void RenamePhase(TimelinePhase phase, LocalizedText name, Guid actorId, DateTimeOffset now)
    {
        RequireOwn(phase);
        if (phase.Name == name)
        {
            return;
        }

        phase.Rename(name);
        Changed(actorId, now, TimelineChange.PhaseChanged, name.In("en"), ["Name"]);
    }

    public TimelineActivity AddActivity(TimelinePhase? phase, ActivityDetails details, Guid actorId, DateTimeOffset now)
    {
        if (phase is not null)
        {
            RequireOwn(phase);
        }

        var activity = new TimelineActivity(phase, details);
        _activities.Add(activity);
        Changed(actorId, now, TimelineChange.ActivityAdded, details.Title.In("en"), []);
        return activity;
    }

    /// <summary>
    /// Changes an activity; after publication the revision names the fields that changed and calendars get a higher SEQUENCE.
    /// </summary>
    public void ChangeActivity(TimelineActivity activity, TimelinePhase? phase, ActivityDetails details, Guid actorId, DateTimeOffset now)
    {
        RequireOwn(activity);
        if (phase is not null)
        {
            RequireOwn(phase);
        }

        if (activity.CancelledAt is not null)
        {
            throw new DomainException("Domain.Timeline.ActivityCancelled");
        }

        var fields = activity.Details.DifferencesFrom(details);
        if (activity.Phase != phase)
        {
            fields.Insert(0, "Phase");
        }

        if (fields.Count == 0)
        {
            return;
        }

        activity.Change(phase, details, IsPublished);
        Changed(actorId, now, TimelineChange.ActivityChanged, details.Title.In("en"), fields);
    }

    public void CancelActivity(TimelineActivity activity, Guid actorId, DateTimeOffset now)
    {
        RequireOwn(activity);
        if (activity.CancelledAt is not null)
        {
            throw new DomainException("Domain.Timeline.ActivityCancelled");
        }

        activity.Cancel(now, IsPublished);
        Changed(actorId, now, TimelineChange.ActivityCancelled, activity.Details.Title.In("en"), []);
    }

    /// <summary>The summary or minutes, once the activity has begun.</summary>
    public void RecordSummary(TimelineActivity activity, string summaryLink, Guid actorId, DateTimeOffset now)
    {
        RequireOwn(activity);
        if (now < activity.Details.StartsAt)
        {
            throw new DomainException("Domain.Timeline.SummaryBeforeActivity");
        }

        activity.RecordSummary(
            ActivityDetails.CheckedLink(summaryLink) ?? throw new DomainException("Domain.Timeline.LinkInvalid"),
            IsPublished
        );
        Changed(actorId, now, TimelineChange.SummaryAdded, activity.Details.Title.In("en"), []);
    }

    public void Publish(Guid actorId, DateTimeOffset now)
    {
        if (IsPublished)
        {
            throw new DomainException("Domain.Timeline.AlreadyPublished");
        }

        if (!_activities.Exists(a => a.CancelledAt is null))
        {
            throw new DomainException("Domain.Timeline.NothingToPublish");
        }

        PublishedAt = now;
        PublishedBy = actorId;
        UpdatedAt = now;
    }

    /// <summary>
    /// Met when publication came at least <paramref name="minimumDays"/> whole days (to the minute) before
    /// the first activity that still takes place; not yet measurable while a draft or without activities.
    /// </summary>
    public TwoWeeksCheck CheckTwoWeeks(int minimumDays)
    {
        var first = _activities.Where(a => a.CancelledAt is null).Select(a => (DateTimeOffset?)a.Details.StartsAt).Min();
        if (PublishedAt is not { } published || first is not { } starts)
        {
            return new TwoWeeksCheck(TwoWeeksResult.NotYetMeasurable, minimumDays, PublishedAt, first);
        }

        return new TwoWeeksCheck(
            starts - published >= TimeSpan.FromDays(minimumDays) ? TwoWeeksResult.Met : TwoWeeksResult.NotMet,
            minimumDays,
            published,
            starts
        );
    }

    /// <summary>The same rule over stored dates, for lists that do not load the whole timeline.</summary>
    public static TwoWeeksResult CheckTwoWeeks(DateTimeOffset? publishedAt, DateTimeOffset? firstActivityStartsAt, int minimumDays) =>
        publishedAt is not { } published || firstActivityStartsAt is not { } first ? TwoWeeksResult.NotYetMeasurable
        : first - published >= TimeSpan.FromDays(minimumDays) ? TwoWeeksResult.Met
        : TwoWeeksResult.NotMet;

    private void Changed(Guid actorId, DateTimeOffset now, TimelineChange change, string subject, IReadOnlyList<string> fields)
    {
        UpdatedAt = now;
        if (IsPublished)
        {
            _revisions.Add(new TimelineRevision(now, actorId, change, subject, fields));
        }
    }

    private void RequireOwn(TimelinePhase phase)
    {
        if (!_phases.Contains(phase))
        {
            throw new DomainException("Domain.Timeline.PhaseUnknown");
        }
    }

    /// <summary>
    /// Whether an activity lies within its cycle ("2017-2019": 1 January 2017 to 31 December 2019, on the
    /// activity's own clock). Outside is allowed (a launch may come early) but is usually a typing mistake.
    /// </summary>
    public static bool CycleCovers(string? cycle, DateTimeOffset startsAt, DateTimeOffset endsAt, string timeZone)
    {
        var match = CyclePattern().Match(cycle?.Trim() ?? "");
        if (!match.Success)
        {
            return true;
        }

        var first = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var last = int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
        return ZonedTime.ToLocal(startsAt, timeZone).Year >= first && ZonedTime.ToLocal(endsAt, timeZone).Year <= last;
    }

    private void RequireOwn(TimelineActivity activity)
    {
        if (!_activities.Contains(activity))
        {
            throw new DomainException("Domain.Timeline.ActivityUnknown");
        }
    }

    [GeneratedRegex("^(20[0-9]{2})-(20[0-9]{2})$")]
    private static partial Regex CyclePattern();
}

public sealed class TimelinePhase
{
    /// <summary>The longest name, in each language.</summary>
    public const int NameMax = 120;

    private TimelinePhase() { }

    internal TimelinePhase(LocalizedText name, int order)
    {
        Name = name;
        Order = order;
    }

    public int Id { get; private set; }

    public int TimelineId { get; private set; }

    public LocalizedText Name { get; private set; } = null!;

    public int Order { get; private set; }

    internal void Rename(LocalizedText name) => Name = name;
}

/// <summary>One change after publication: when, by whom, what kind, of which thing (its English title) and which fields.</summary>
public sealed class TimelineRevision
{
    private TimelineRevision() { }

    internal TimelineRevision(DateTimeOffset at, Guid actorId, TimelineChange change, string subject, IReadOnlyList<string> fields)
    {
        At = at;
        ActorId = actorId;
        Change = change;
        Subject = subject.Length > 300 ? subject[..300] : subject;
        Fields = [.. fields];
    }

    public long Id { get; private set; }

    public int TimelineId { get; private set; }

    public DateTimeOffset At { get; private set; }

    public Guid ActorId { get; private set; }

    public TimelineChange Change { get; private set; }

    public string Subject { get; private set; } = "";

    public List<string> Fields { get; private set; } = [];
}
