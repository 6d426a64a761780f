using CoCreation.Domain.Common;

namespace CoCreation.Domain.ActionPlans;

/// <summary>What a milestone says: its text per language, its dates and what it should produce.</summary>
public sealed record MilestoneDetails
{
    public MilestoneDetails(LocalizedText text, DateOnly startsOn, DateOnly endsOn, string? expectedOutput)
    {
        if (endsOn < startsOn)
        {
            throw new DomainException("Domain.Milestone.EndsBeforeStart");
        }

        var output = string.IsNullOrWhiteSpace(expectedOutput) ? null : expectedOutput.Trim();
        if (
            output?.Length > Milestone.OutputMax
            || text.En.Length > Milestone.TextMax
            || text.Fr?.Length > Milestone.TextMax
            || text.Es?.Length > Milestone.TextMax
        )
        {
            throw new DomainException("Domain.Milestone.TooLong");
        }

        Text = text;
        StartsOn = startsOn;
        EndsOn = endsOn;
        ExpectedOutput = output;
    }

    public LocalizedText Text { get; }

    public DateOnly StartsOn { get; }

    public DateOnly EndsOn { get; }

    public string? ExpectedOutput { get; }
}

/// <summary>A step of a commitment, with its dates; its completion comes from the progress updates about it.</summary>
public sealed class Milestone
{
    /// <summary>The longest text, in each language.</summary>
    public const int TextMax = 500;

    public const int OutputMax = 1000;

    private Milestone() { }

    internal Milestone(MilestoneDetails details, int order)
    {
        Apply(details);
        Order = order;
    }

    public int Id { get; private set; }

    public int CommitmentId { get; private set; }

    public LocalizedText Text { get; private set; } = null!;

    public DateOnly StartsOn { get; private set; }

    public DateOnly EndsOn { get; private set; }

    public string? ExpectedOutput { get; private set; }

    /// <summary>Its place among its commitment's milestones, from 1.</summary>
    public int Order { get; internal set; }

    /// <summary>Late: its end date has passed and the latest update about it does not say it is complete.</summary>
    public static bool IsLate(DateOnly endsOn, ProgressLevel? latest, DateOnly today) => endsOn < today && latest != ProgressLevel.Complete;

    /// <summary>The names of the fields that change, for the revision readers see.</summary>
    internal IReadOnlyList<string> Change(MilestoneDetails details)
    {
        var fields = new List<string>();
        if (details.Text != Text)
        {
            fields.Add("text");
        }

        if (details.StartsOn != StartsOn)
        {
            fields.Add("starts-on");
        }

        if (details.EndsOn != EndsOn)
        {
            fields.Add("ends-on");
        }

        if (details.ExpectedOutput != ExpectedOutput)
        {
            fields.Add("expected-output");
        }

        Apply(details);
        return fields;
    }

    private void Apply(MilestoneDetails details)
    {
        Text = details.Text;
        StartsOn = details.StartsOn;
        EndsOn = details.EndsOn;
        ExpectedOutput = details.ExpectedOutput;
    }
}

/// <summary>One change to a commitment after its plan's publication: when, by whom, what, of which milestone (its English text).</summary>
public sealed class CommitmentRevision
{
    private CommitmentRevision() { }

    internal CommitmentRevision(DateTimeOffset at, Guid actorId, CommitmentChange change, string subject, IReadOnlyList<string> fields)
    {
        At = at;
        ActorId = actorId;
        Change = change;
        Subject = subject.Length > SubjectMax ? subject[..SubjectMax] : subject;
        Fields = [.. fields];
    }

    public const int SubjectMax = 300;

    public long Id { get; private set; }

    public int CommitmentId { get; private set; }

    public DateTimeOffset At { get; private set; }

    public Guid ActorId { get; private set; }

    public CommitmentChange Change { get; private set; }

    public string Subject { get; private set; } = "";

    public List<string> Fields { get; private set; } = [];
}
