using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using CoCreation.Domain.ActionPlans;
using CoCreation.Domain.Forums;
using CoCreation.Domain.Scorecards;
using CoCreation.Domain.Timelines;
using CoCreation.Web.Features.OpenData;

namespace CoCreation.Web.Features.Members;

/// <summary>
/// The evidence pack as one ZIP of CSV and JSON files (the same as <see cref="Evidence"/>'s page), written to the response
/// entry by entry as the rows come: submissions stream from the database (once for the CSV, once for the JSON), so a member
/// with many of them never sits whole in memory. Every write is asynchronous (Kestrel refuses synchronous ones).
/// </summary>
public static class EvidencePack
{
    public static readonly IReadOnlyList<string> Files =
    [
        "README.txt",
        "timeline.csv",
        "timeline-activities.csv",
        "timeline-revisions.csv",
        "timeline.json",
        "forum-members.csv",
        "forum-meetings.csv",
        "forum-meetings.json",
        "submissions.csv",
        "submissions.json",
        "commitments.csv",
        "milestones.csv",
        "progress.csv",
        "commitments.json",
        "scorecard.csv",
        "scorecard.json",
    ];

    public static string FileName(string code, DateTimeOffset at) =>
        $"evidence-{code.ToLowerInvariant()}-{at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.zip";

    /// <summary>Answers the download: null (the page answers 404) for an unknown member, else the pack is written.</summary>
    public static async Task<bool> DownloadAsync(HttpResponse response, string code, ISender sender, TimeProvider clock)
    {
        var cancellationToken = response.HttpContext.RequestAborted;
        var pack = await sender.Send(new Evidence.Query(code, SubmissionsListed: 0), cancellationToken);
        if (pack is null)
        {
            return false;
        }

        var now = clock.GetUtcNow();
        response.ContentType = "application/zip";
        response.Headers.ContentDisposition = $"attachment; filename=\"{FileName(pack.Code, now)}\"";
        var db = response.HttpContext.RequestServices.GetRequiredService<PortalDbContext>();
        await Unbuffered.RunAsync(db, ct => WriteAsync(response.Body, pack, now, sender, ct), cancellationToken);
        return true;
    }

    public static async Task WriteAsync(Stream body, Evidence.Model pack, DateTimeOffset now, ISender sender, CancellationToken ct)
    {
        var code = pack.Code;
        var output = new AsyncOnlyStream(body);
        var archive = await ZipArchive.CreateAsync(output, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, ct);
        await using (archive)
        {
            await EntryAsync(archive, "README.txt", s => WriteReadmeAsync(s, pack, now, ct), ct);
            var timeline = pack.Timeline;
            TimelineProofRow[] proof = timeline is null ? [] : [TimelineProofRow.From(code, timeline)];
            var activities = timeline is null
                ? []
                : timeline.Phases.SelectMany(p => p.Activities.Select(a => ActivityEvidenceRow.From(code, p.Name, a))).ToList();
            var revisions = timeline?.Revisions.Select(r => new RevisionRow(r.At.ToUniversalTime(), r.Change, r.Subject, r.Fields)).ToList()
                ?? [];
            await CsvAsync(archive, "timeline.csv", proof, ct);
            await CsvAsync(archive, "timeline-activities.csv", activities, ct);
            await CsvAsync(archive, "timeline-revisions.csv", revisions, ct);
            await JsonAsync(
                archive,
                "timeline.json",
                new
                {
                    Timeline = proof.FirstOrDefault(),
                    Activities = activities,
                    Revisions = revisions,
                },
                ct
            );
            var meetings = activities.Where(a => a.Kind == ActivityKind.ForumMeeting).OrderBy(a => a.StartsAt).ToList();
            var forumMembers = pack.Forum?.Members.Select(m => new ForumMemberRow(m.Name, m.Organisation, m.Sector)).ToList() ?? [];
            await CsvAsync(archive, "forum-members.csv", forumMembers, ct);
            await CsvAsync(archive, "forum-meetings.csv", meetings, ct);
            await JsonAsync(archive, "forum-meetings.json", meetings, ct);

            await EntryAsync(archive, "submissions.csv", s => WriteCsvAsync(s, SubmissionsAsync(sender, code, ct), ct), ct);
            await EntryAsync(
                archive,
                "submissions.json",
                s => OpenDataFormats.WriteJsonAsync(s, SubmissionsAsync(sender, code, ct), ct),
                ct
            );

            var commitments = pack.Commitments.Select(CommitmentEvidenceRow.From).ToList();
            await CsvAsync(archive, "commitments.csv", commitments, ct);
            await CsvAsync(archive, "milestones.csv", pack.Commitments.SelectMany(MilestoneRow.Of).ToList(), ct);
            await CsvAsync(archive, "progress.csv", pack.Commitments.SelectMany(ProgressRow.Of).ToList(), ct);
            await JsonAsync(
                archive,
                "commitments.json",
                pack.Commitments.Select(
                    (c, i) =>
                        new
                        {
                            Commitment = commitments[i],
                            Milestones = MilestoneRow.Of(c).ToList(),
                            Progress = ProgressRow.Of(c).ToList(),
                        }
                ),
                ct
            );

            var checks = ScorecardEvidenceRow.Of(code, pack.Scorecard.Scorecard).ToList();
            await CsvAsync(archive, "scorecard.csv", checks, ct);
            await JsonAsync(archive, "scorecard.json", checks, ct);
        }

        await output.FlushAsync(ct);
    }

    private static IAsyncEnumerable<SubmissionRow> SubmissionsAsync(ISender sender, string code, CancellationToken ct) =>
        sender.CreateStream(new Submissions.Export.Query { Filter = new Submissions.Index.Query { Member = code } }, ct);

    private static async Task EntryAsync(ZipArchive archive, string name, Func<Stream, Task> write, CancellationToken ct)
    {
        var entry = archive.CreateEntry(name, CompressionLevel.Fastest);
        var stream = await entry.OpenAsync(ct);
        await using (stream)
        {
            await write(stream);
        }
    }

    /// <summary>
    /// The response as the archive sees it. ZipArchive still writes an entry's header and its sizes with synchronous
    /// writes, which Kestrel refuses: those few bytes wait here and leave with the next asynchronous write or flush,
    /// so the buffer holds at most a header and one write's worth of compressed rows.
    /// </summary>
    private sealed class AsyncOnlyStream(Stream body) : Stream
    {
        private readonly MemoryStream _pending = new();
        private long _written;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => _written;
            set => throw new NotSupportedException();
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            _pending.Write(buffer);
            _written += buffer.Length;
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await SendPendingAsync(cancellationToken);
            await body.WriteAsync(buffer, cancellationToken);
            _written += buffer.Length;
        }

        public override void Flush()
        {
            // Nothing leaves synchronously; the next asynchronous write or flush sends what waits.
        }

        public override async Task FlushAsync(CancellationToken cancellationToken)
        {
            await SendPendingAsync(cancellationToken);
            await body.FlushAsync(cancellationToken);
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        private async Task SendPendingAsync(CancellationToken cancellationToken)
        {
            if (_pending.Length > 0)
            {
                await body.WriteAsync(_pending.GetBuffer().AsMemory(0, (int)_pending.Length), cancellationToken);
                _pending.SetLength(0);
            }
        }
    }

    private static Task CsvAsync<TRow>(ZipArchive archive, string name, IReadOnlyList<TRow> rows, CancellationToken ct)
        where TRow : notnull => EntryAsync(archive, name, s => WriteCsvAsync(s, rows.ToAsyncEnumerable(), ct), ct);

    private static Task JsonAsync<T>(ZipArchive archive, string name, T value, CancellationToken ct) =>
        EntryAsync(archive, name, s => JsonSerializer.SerializeAsync(s, value, OpenDataFormats.Json, ct), ct);

    /// <summary>The open-data CSV writer, with the columns the open-data dictionary reads from a row's record.</summary>
    private static Task WriteCsvAsync<TRow>(Stream body, IAsyncEnumerable<TRow> rows, CancellationToken ct)
        where TRow : notnull
    {
        var fields = Field.Of(typeof(TRow));
        return OpenDataFormats.WriteCsvAsync(
            body,
            fields.SelectMany(f => f.CsvColumns),
            r => fields.SelectMany(f => f.CsvValues(r)),
            rows,
            ct
        );
    }

    private static async Task WriteReadmeAsync(Stream stream, Evidence.Model pack, DateTimeOffset now, CancellationToken ct)
    {
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Evidence pack: {pack.Name.En} ({pack.Code})")
            .AppendLine(
                CultureInfo.InvariantCulture,
                $"Made on {now.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)}"
            )
            .AppendLine(CultureInfo.InvariantCulture, $"The same on a page: {Paths.MemberEvidence(pack.Code)}")
            .AppendLine()
            .AppendLine(
                "timeline.csv             the published co-creation timeline and the two-weeks proof (publication vs first activity)"
            )
            .AppendLine("timeline-activities.csv  its activities, by phase")
            .AppendLine("timeline-revisions.csv   its changes after publication")
            .AppendLine("timeline.json            the three above in one file")
            .AppendLine("forum-members.csv        the multi-stakeholder forum's members: name, organisation, sector")
            .AppendLine("forum-meetings.csv/json  the forum's meetings (forum activities of the timeline) with minutes links")
            .AppendLine("submissions.csv/json     every published submission with its reasoned response and the commitments it fed")
            .AppendLine("commitments.csv          every commitment of the published plans, with the IRM's assessment")
            .AppendLine("milestones.csv           their milestones")
            .AppendLine("progress.csv             their dated progress updates (IRM scale) with evidence links")
            .AppendLine("commitments.json         the three above, each commitment with its milestones and progress")
            .AppendLine("scorecard.csv/json       the co-creation standards scorecard: each check's result and its evidence")
            .AppendLine()
            .AppendLine(
                "Dates are UTC (ISO 8601). Texts entered per language have _en, _fr and _es columns. Addresses are relative to the portal."
            )
            .ToString();
        await stream.WriteAsync(Encoding.UTF8.GetBytes(text), ct);
    }
}

/// <summary>The two-weeks proof of a published timeline: publication against its first activity.</summary>
public sealed record TimelineProofRow(
    string Member,
    string Cycle,
    DateTimeOffset? PublishedAt,
    DateTimeOffset? FirstActivityAt,
    int? DaysBefore,
    int MinimumDays,
    TwoWeeksResult Result,
    string Url
)
{
    public static TimelineProofRow From(string code, Timelines.Details.TimelineView t) =>
        new(
            code,
            t.Cycle,
            t.Check.PublishedAt?.ToUniversalTime(),
            t.Check.FirstActivityStartsAt?.ToUniversalTime(),
            t.Check.DaysBefore,
            t.Check.MinimumDays,
            t.Check.Result,
            Paths.Timeline(code)
        );
}

public sealed record ActivityEvidenceRow(
    int Id,
    LocalizedText? Phase,
    ActivityKind Kind,
    LocalizedText Title,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string TimeZone,
    string? Place,
    string? OnlineLink,
    string? SummaryLink,
    bool Cancelled,
    string Url
)
{
    public static ActivityEvidenceRow From(string code, LocalizedText? phase, Timelines.Details.ActivityView a) =>
        new(
            a.Id,
            phase,
            a.Kind,
            a.Title,
            a.StartsAt.ToUniversalTime(),
            a.EndsAt.ToUniversalTime(),
            a.TimeZone,
            a.Place,
            a.OnlineLink,
            a.SummaryLink,
            a.Cancelled,
            Paths.TimelineActivity(code, a.Id)
        );
}

/// <summary>A member of the multi-stakeholder forum.</summary>
public sealed record ForumMemberRow(string Name, string Organisation, ForumSector Sector);

public sealed record RevisionRow(DateTimeOffset At, TimelineChange Change, string Subject, IReadOnlyList<string> Fields);

public sealed record CommitmentEvidenceRow(
    string OgpId,
    string Cycle,
    LocalizedText Title,
    CompletionLevel Completion,
    ProgressLevel? CurrentLevel,
    DateOnly? StartsOn,
    DateOnly? EndsOn,
    string? LeadInstitution,
    bool? IrmVerifiable,
    IReadOnlyList<string> IrmRelevantValues,
    PotentialImpact? IrmPotentialImpact,
    OpenedGovernment? IrmOpenedGovernment,
    string? IrmReportUrl,
    IReadOnlyList<long> Submissions,
    string Url
)
{
    public static CommitmentEvidenceRow From(Evidence.CommitmentItem c) =>
        new(
            c.OgpId,
            c.Cycle,
            c.Title,
            c.Completion,
            c.Progress.FirstOrDefault(p => p.MilestoneId is null)?.Level,
            c.StartsOn,
            c.EndsOn,
            c.LeadInstitution,
            c.Irm?.Verifiable,
            c.Irm?.RelevantValues ?? [],
            c.Irm?.PotentialImpact,
            c.Irm?.OpenedGovernment,
            c.Irm?.ReportUrl,
            c.Submissions,
            Paths.Commitment(c.OgpId)
        );
}

public sealed record MilestoneRow(string Commitment, int Id, LocalizedText Text, DateOnly StartsOn, DateOnly EndsOn, string? ExpectedOutput)
{
    public static IEnumerable<MilestoneRow> Of(Evidence.CommitmentItem c) =>
        c.Milestones.Select(m => new MilestoneRow(c.OgpId, m.Id, m.Text, m.StartsOn, m.EndsOn, m.ExpectedOutput));
}

/// <param name="Milestone">The milestone's id (milestones.csv), empty for an update about the whole commitment.</param>
/// <param name="Evidence">Each link as the open-data progress updates write it (<see cref="ProgressUpdateRow.EvidenceText"/>).</param>
public sealed record ProgressRow(
    string Commitment,
    long Id,
    int? Milestone,
    DateOnly On,
    ProgressLevel Level,
    string Text,
    string Language,
    IReadOnlyList<string> Evidence
)
{
    public static IEnumerable<ProgressRow> Of(Evidence.CommitmentItem c) =>
        c.Progress.Select(p => new ProgressRow(
            c.OgpId,
            p.Id,
            p.MilestoneId,
            p.On,
            p.Level,
            p.Text,
            p.Language,
            [.. p.Evidence.Select(ProgressUpdateRow.EvidenceText)]
        ));
}

/// <summary>One check of the scorecard and one piece of its evidence (a check without evidence has one row with none).</summary>
public sealed record ScorecardEvidenceRow(
    string Cycle,
    Standard Standard,
    CheckResult Result,
    EvidenceKind? Evidence,
    DateTimeOffset? At,
    LocalizedText? Title,
    string? Url
)
{
    public static IEnumerable<ScorecardEvidenceRow> Of(string code, Scorecard card) =>
        card.Indicators.SelectMany(i =>
            i.Evidence.Count == 0
                ? [new ScorecardEvidenceRow(card.Period.Cycle, i.Standard, i.Result, null, null, null, null)]
                : i.Evidence.Select(e => new ScorecardEvidenceRow(
                    card.Period.Cycle,
                    i.Standard,
                    i.Result,
                    e.Kind,
                    e.At.ToUniversalTime(),
                    e.Title,
                    Scorecards.EvidenceLinks.Href(code, card.Period.Cycle, e)
                ))
        );
}
