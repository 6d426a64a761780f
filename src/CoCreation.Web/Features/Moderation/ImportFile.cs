using System.Text.Json;
using CsvHelper;

namespace CoCreation.Web.Features.Moderation;

/// <summary>
/// The posts of an import file, as written: a JSON array of objects, or CSV (RFC 4180) with a header line naming
/// the columns in any order and case. Nothing here judges a post; <see cref="Import"/> holds the rules.
/// </summary>
internal static class ImportFile
{
    /// <summary>A post as the file gives it; <paramref name="Line"/> is where its row starts (its position in JSON).</summary>
    public sealed record Post(int Line, string? Handle, string? Text, string? Date, string? Url, string? Language);

    /// <summary>The posts, or null when the file is neither a JSON array nor a CSV with handle, text and url columns.</summary>
    public static IReadOnlyList<Post>? Read(string content) => content.TrimStart().StartsWith('[') ? ReadJson(content) : ReadCsv(content);

    private static List<Post>? ReadJson(string content)
    {
        try
        {
            using var document = JsonDocument.Parse(content);
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                return null;
            }

            return document
                .RootElement.EnumerateArray()
                .Select(
                    (item, index) =>
                        new Post(
                            index + 1,
                            Get(item, "handle"),
                            Get(item, "text"),
                            Get(item, "date"),
                            Get(item, "url"),
                            Get(item, "language")
                        )
                )
                .ToList();
        }
        catch (JsonException)
        {
            return null;
        }

        static string? Get(JsonElement item, string name) =>
            item.ValueKind == JsonValueKind.Object && item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
                ? value.GetString()
                : null;
    }

    /// <summary>
    /// Malformed quoting is recovered as spreadsheets do (a stray quote is text, an unclosed quote runs to the end),
    /// so the row is still reported by its line; the separator is always a comma, never guessed.
    /// </summary>
    private static List<Post>? ReadCsv(string content)
    {
        using var reader = CsvReader.FromText(
            content,
            CsvReaderOptions.Default with
            {
                Separator = ',',
                HasHeader = true,
                TrackLineNumbers = true,
                MalformedData = CsvMalformedDataHandling.Recover,
            }
        );
        var (handle, text, date, url, language) = (Column("handle"), Column("text"), Column("date"), Column("url"), Column("language"));
        if (handle < 0 || text < 0 || url < 0)
        {
            return null;
        }

        var posts = new List<Post>();
        while (reader.Read())
        {
            if (Enumerable.Range(0, reader.FieldCount).All(reader.IsEmpty))
            {
                continue;
            }

            posts.Add(new Post(checked((int)reader.LineNumber), At(handle), At(text), At(date), At(url), At(language)));
        }

        return posts;

        int Column(string name) => reader.TryGetFieldIndex(name, out var index) ? index : -1;

        string? At(int index) => index >= 0 && index < reader.FieldCount ? reader.GetString(index) : null;
    }
}
