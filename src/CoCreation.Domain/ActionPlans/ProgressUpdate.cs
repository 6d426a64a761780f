using CoCreation.Domain.Common;

namespace CoCreation.Domain.ActionPlans;

/// <summary>A link to a document, a data set or a news item that shows what was done; the title is optional.</summary>
public sealed record EvidenceLink(string Url, string? Title);

/// <summary>What an official reports: the date, the level reached, what was done (in any language) and the evidence.</summary>
public sealed record ProgressReport
{
    public ProgressReport(DateOnly on, ProgressLevel level, string text, string language, IEnumerable<EvidenceLink> evidence)
    {
        if (!Enum.IsDefined(level))
        {
            throw new DomainException("Domain.Progress.LevelUnknown");
        }

        if (string.IsNullOrWhiteSpace(text) || text.Trim().Length > ProgressUpdate.TextMax)
        {
            throw new DomainException("Domain.Progress.TextInvalid");
        }

        if (!ContentLanguages.IsKnown(language))
        {
            throw new DomainException("Domain.Progress.LanguageUnknown");
        }

        var links = evidence.ToList();
        if (
            links.Count > ProgressUpdate.EvidenceMax
            || links.Exists(l =>
                Timelines.ActivityDetails.CheckedLink(l.Url) is null
                || l.Url.Length > ProgressUpdate.UrlMax
                || l.Title?.Trim().Length > ProgressUpdate.EvidenceTitleMax
            )
        )
        {
            throw new DomainException("Domain.Progress.EvidenceInvalid", ProgressUpdate.EvidenceMax);
        }

        On = on;
        Level = level;
        Text = text.Trim();
        Language = language;
        Evidence =
        [
            .. links.Select(l => new EvidenceLink(
                Timelines.ActivityDetails.CheckedLink(l.Url)!,
                string.IsNullOrWhiteSpace(l.Title) ? null : l.Title.Trim()
            )),
        ];
    }

    public DateOnly On { get; }

    public ProgressLevel Level { get; }

    public string Text { get; }

    public string Language { get; }

    public IReadOnlyList<EvidenceLink> Evidence { get; }
}

/// <summary>A dated report on a commitment or one of its milestones; every update is kept.</summary>
public sealed class ProgressUpdate
{
    public const int TextMax = 4000;
    public const int EvidenceMax = 5;
    public const int EvidenceTitleMax = 200;
    public const int UrlMax = 2000;

    private ProgressUpdate() { }

    internal ProgressUpdate(int? milestoneId, ProgressReport report, Guid authorId, DateTimeOffset now)
    {
        MilestoneId = milestoneId;
        On = report.On;
        Level = report.Level;
        Text = report.Text;
        Language = report.Language;
        Evidence = [.. report.Evidence];
        AuthorId = authorId;
        RecordedAt = now;
    }

    public long Id { get; private set; }

    public int CommitmentId { get; private set; }

    /// <summary>Null for an update about the whole commitment.</summary>
    public int? MilestoneId { get; private set; }

    public DateOnly On { get; private set; }

    public ProgressLevel Level { get; private set; }

    public string Text { get; private set; } = "";

    /// <summary>BCP 47 tag of <see cref="Text"/>.</summary>
    public string Language { get; private set; } = "";

    public List<EvidenceLink> Evidence { get; private set; } = [];

    public Guid AuthorId { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }
}

/// <summary>The IRM's published judgements on a commitment, as the support unit enters them.</summary>
public sealed record IrmAssessment
{
    public const int UrlMax = 2000;

    public IrmAssessment(
        bool verifiable,
        IReadOnlyList<string> relevantValues,
        PotentialImpact potentialImpact,
        OpenedGovernment? openedGovernment,
        string? reportUrl
    )
    {
        var values = relevantValues.Distinct().ToList();
        if (values.Exists(v => !ActionPlans.OgpValues.IsKnown(v)))
        {
            throw new DomainException("Domain.Plan.OgpValueUnknown");
        }

        if (!Enum.IsDefined(potentialImpact) || (openedGovernment is { } opened && !Enum.IsDefined(opened)))
        {
            throw new DomainException("Domain.Irm.ValueUnknown");
        }

        string? url = null;
        if (!string.IsNullOrWhiteSpace(reportUrl))
        {
            url = Timelines.ActivityDetails.CheckedLink(reportUrl);
            if (url is null || url.Length > UrlMax)
            {
                throw new DomainException("Domain.Irm.ReportUrlInvalid");
            }
        }

        Verifiable = verifiable;
        RelevantValues = [.. ActionPlans.OgpValues.All.Where(values.Contains)];
        PotentialImpact = potentialImpact;
        OpenedGovernment = openedGovernment;
        ReportUrl = url;
    }

    public bool Verifiable { get; init; }

    public IReadOnlyList<string> RelevantValues { get; init; }

    public PotentialImpact PotentialImpact { get; init; }

    public OpenedGovernment? OpenedGovernment { get; init; }

    public string? ReportUrl { get; init; }
}
