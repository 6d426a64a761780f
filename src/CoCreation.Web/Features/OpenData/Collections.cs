using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace CoCreation.Web.Features.OpenData;

/// <summary>
/// Every public collection the portal publishes as open data: its CSV and JSON downloads, its data
/// dictionary entry and its place in the public API. Adding a collection is one line here (a name, the
/// stream query its page's use case answers, the public row it becomes) plus its texts in the resources.
/// </summary>
public static class Collections
{
    public static IReadOnlyList<Collection> All { get; } =
    [
        Collection.Of("members", "Members", () => new Members.Index.Stream(new Members.Index.Query()), MemberRow.From),
        Collection.Of("campaigns", "Campaigns", () => new Campaigns.Index.Stream(), CampaignRow.From),
        Collection.Of("timelines", "Timelines", () => new Timelines.Index.Stream(), TimelineRow.From),
        Collection.Of("activities", "Activities", () => new Timelines.Activities.Stream(), ActivityRow.From),
        Collection.Of("plans", "Plans", () => new ActionPlans.Index.Stream(), PlanRow.From),
        Collection.Of("commitments", "Commitments", () => new Commitments.Index.Stream()),
        Collection.Of("milestones", "Milestones", () => new Commitments.Milestones.Stream()),
        Collection.Of("progress-updates", "ProgressUpdates", () => new Commitments.ProgressUpdates.Stream()),
        Collection.Of("forum-members", "ForumMembers", () => new Forums.ForumMembers.Stream(), ForumMemberRow.From),
        Collection.Of("forum-decisions", "ForumDecisions", () => new Forums.Decisions.Stream(), ForumDecisionRow.From),
        Collection.Of(
            "submissions",
            "Submissions",
            filter => new Submissions.Export.Query
            {
                Filter = new Submissions.Index.Query { Campaign = filter["campaign"], Cycle = filter["cycle"] },
            },
            (SubmissionRow row) => row,
            ["campaign", "cycle"]
        ),
        Collection.Of("comments", "Comments", () => new Comments.Index.Stream(), CommentRow.From),
        Collection.Of("events", "Events", () => new Events.Index.Stream(), EventRow.From),
        Collection.Of("blog-posts", "BlogPosts", () => new Blog.Index.Stream(), BlogPostRow.From),
        Collection.Of("scorecards", "Scorecards", () => new Scorecards.Index.Stream(), ScorecardRow.From),
    ];

    public static Collection? Find(string name) => All.FirstOrDefault(c => c.Name == name);
}

public enum DownloadFormat
{
    Csv,
    Json,
}

/// <summary>A public collection: its name in addresses, its resource key, its fields and how to stream it.</summary>
public abstract class Collection(string name, string key, Type rowType)
{
    /// <summary>In addresses: /open-data/{name}.csv, /api/v1/{name}.</summary>
    public string Name { get; } = name;

    /// <summary>Resource keys: OpenData.{Key}.Title, OpenData.{Key}.Description, OpenData.Field.{Key}.{field}.</summary>
    public string Key { get; } = key;

    public IReadOnlyList<Field> Fields { get; } = Field.Of(rowType);

    public string ApiPath => Paths.ApiCollection(Name);

    public string DownloadPath(DownloadFormat format) => Paths.OpenDataDownload(Name, format.ToString().ToLowerInvariant());

    public static Collection Of<TItem, TRow>(string name, string key, Func<IStreamQuery<TItem>> query, Func<TItem, TRow> toRow)
        where TRow : notnull => new Collection<TItem, TRow>(name, key, _ => query(), toRow);

    /// <summary>A collection whose list reads its public rows itself.</summary>
    public static Collection Of<TRow>(string name, string key, Func<IStreamQuery<TRow>> query)
        where TRow : notnull => Of(name, key, query, row => row);

    /// <summary>A collection whose downloads take filters from the address (?campaign=…&amp;cycle=…).</summary>
    public static Collection Of<TItem, TRow>(
        string name,
        string key,
        Func<IQueryCollection, IStreamQuery<TItem>> query,
        Func<TItem, TRow> toRow,
        IReadOnlyList<string> filters
    )
        where TRow : notnull => new Collection<TItem, TRow>(name, key, query, toRow) { Filters = filters };

    /// <summary>The names of the address's parameters that narrow a download (none: always the whole collection).</summary>
    public IReadOnlyList<string> Filters { get; private init; } = [];

    public static DownloadFormat FormatOf(string extension) => extension == "csv" ? DownloadFormat.Csv : DownloadFormat.Json;

    /// <summary>
    /// Answers a download: the file's headers, then every row as it comes from the database — unbuffered,
    /// so the portal's memory does not grow with the number of rows.
    /// </summary>
    public Task DownloadAsync(HttpResponse response, DownloadFormat format, ISender sender)
    {
        var extension = format.ToString().ToLowerInvariant();
        response.ContentType = format == DownloadFormat.Csv ? "text/csv; charset=utf-8" : "application/json; charset=utf-8";
        response.Headers.ContentDisposition = $"attachment; filename=\"{Name}.{extension}\"";
        var db = response.HttpContext.RequestServices.GetRequiredService<PortalDbContext>();
        var filter = response.HttpContext.Request.Query;
        return Unbuffered.RunAsync(db, ct => WriteAsync(response.Body, format, sender, filter, ct), response.HttpContext.RequestAborted);
    }

    /// <summary>
    /// Streams every row of the collection (narrowed by <paramref name="filter"/>) to <paramref name="body"/>, one at a time.
    /// </summary>
    public abstract Task WriteAsync(
        Stream body,
        DownloadFormat format,
        ISender sender,
        IQueryCollection filter,
        CancellationToken cancellationToken
    );
}

public sealed class Collection<TItem, TRow>(
    string name,
    string key,
    Func<IQueryCollection, IStreamQuery<TItem>> query,
    Func<TItem, TRow> toRow
) : Collection(name, key, typeof(TRow))
    where TRow : notnull
{
    public async IAsyncEnumerable<TRow> RowsAsync(
        ISender sender,
        IQueryCollection filter,
        [EnumeratorCancellation] CancellationToken cancellationToken
    )
    {
        await foreach (var item in sender.CreateStream(query(filter), cancellationToken))
        {
            yield return toRow(item);
        }
    }

    public override Task WriteAsync(
        Stream body,
        DownloadFormat format,
        ISender sender,
        IQueryCollection filter,
        CancellationToken cancellationToken
    ) =>
        format == DownloadFormat.Csv
            ? OpenDataFormats.WriteCsvAsync(
                body,
                Fields.SelectMany(f => f.CsvColumns),
                row => Fields.SelectMany(f => f.CsvValues(row)),
                RowsAsync(sender, filter, cancellationToken),
                cancellationToken
            )
            : OpenDataFormats.WriteJsonAsync(body, RowsAsync(sender, filter, cancellationToken), cancellationToken);
}

/// <summary>The kinds of value the data dictionary names (resource keys OpenData.Type.{kind}).</summary>
public enum FieldKind
{
    Text,
    WholeNumber,
    Boolean,
    DateTime,
    Date,
    LocalizedText,
    Choice,
    TextList,
    NumberList,
    Documents,
    Identifier,
}

/// <summary>A field of a public row, read from the row's record: its JSON name, its CSV column(s), its kind.</summary>
public sealed class Field
{
    private static readonly string[] Languages = ["en", "fr", "es"];
    private readonly PropertyInfo _property;

    private Field(PropertyInfo property)
    {
        _property = property;
        Name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        Optional =
            Nullable.GetUnderlyingType(property.PropertyType) is not null
            || new NullabilityInfoContext().Create(property).ReadState == NullabilityState.Nullable;
        Kind = type switch
        {
            _ when type == typeof(string) => FieldKind.Text,
            _ when type == typeof(int) || type == typeof(long) => FieldKind.WholeNumber,
            _ when type == typeof(bool) => FieldKind.Boolean,
            _ when type == typeof(DateTimeOffset) => FieldKind.DateTime,
            _ when type == typeof(DateOnly) => FieldKind.Date,
            _ when type == typeof(Guid) => FieldKind.Identifier,
            _ when type == typeof(LocalizedText) => FieldKind.LocalizedText,
            _ when type.IsEnum => FieldKind.Choice,
            _ when typeof(IEnumerable<string>).IsAssignableFrom(type) => FieldKind.TextList,
            _ when typeof(IEnumerable<long>).IsAssignableFrom(type) => FieldKind.NumberList,
            _ when typeof(IEnumerable<Domain.ActionPlans.PlanDocument>).IsAssignableFrom(type) => FieldKind.Documents,
            _ => throw new InvalidOperationException(
                $"Open data has no way to write {type.Name} ({property.DeclaringType?.Name}.{property.Name})."
            ),
        };
        Choices = type.IsEnum ? Enum.GetNames(type) : [];
        var column = SnakeCase(property.Name);
        CsvColumns = Kind == FieldKind.LocalizedText ? Languages.Select(l => $"{column}_{l}").ToArray() : [column];
    }

    /// <summary>The JSON property name (camelCase).</summary>
    public string Name { get; }

    public FieldKind Kind { get; }

    /// <summary>May be empty (null in JSON, an empty cell in CSV).</summary>
    public bool Optional { get; }

    /// <summary>The values a choice takes.</summary>
    public IReadOnlyList<string> Choices { get; }

    /// <summary>Its column in CSV, or three (…_en, …_fr, …_es) for a text entered per language.</summary>
    public IReadOnlyList<string> CsvColumns { get; }

    public static IReadOnlyList<Field> Of(Type rowType) =>
        rowType
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetMethod is not null && p.Name != "EqualityContract")
            .Select(p => new Field(p))
            .ToList();

    public IEnumerable<string?> CsvValues(object row)
    {
        var value = _property.GetValue(row);
        if (Kind == FieldKind.LocalizedText)
        {
            var text = value as LocalizedText;
            return [text?.En, text?.Fr, text?.Es];
        }

        return
        [
            value switch
            {
                null => null,
                string s => s,
                DateTimeOffset d => OpenDataFormats.Date(d),
                DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                bool b => b ? "true" : "false",
                IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                IEnumerable<Domain.ActionPlans.PlanDocument> documents => string.Join(" ; ", documents.Select(d => $"{d.Title} <{d.Url}>")),
                System.Collections.IEnumerable list => string.Join(
                    " ; ",
                    list.Cast<object>().Select(o => Convert.ToString(o, CultureInfo.InvariantCulture))
                ),
                _ => value.ToString(),
            },
        ];
    }

    private static string SnakeCase(string name) => JsonNamingPolicy.SnakeCaseLower.ConvertName(name);
}
