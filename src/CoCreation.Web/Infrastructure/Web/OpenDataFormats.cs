using System.Buffers;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using CsvHelper;

namespace CoCreation.Web.Infrastructure.Web;

/// <summary>
/// How open data is written: JSON in camelCase with enum names and ISO 8601 UTC dates (the API and the
/// downloads share these options), and row-by-row streaming writers for the CSV and JSON downloads, so a
/// download of 100 000 rows holds one row at a time, flushed to the client as it goes.
/// </summary>
public static class OpenDataFormats
{
    private const int FlushThreshold = 16 * 1024;

    public static JsonSerializerOptions Json { get; } = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    /// <summary>Adds the open-data conventions to a set of JSON options (also the minimal API's).</summary>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.Converters.Add(new JsonStringEnumConverter());
        options.Converters.Add(new UtcDateTimeOffsetConverter());
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;

        // Numbers are written as JSON numbers. The web default also reads them from strings, which made the OpenAPI
        // document declare every number "an integer or a string with a pattern": nothing here reads JSON with these options.
        options.NumberHandling = JsonNumberHandling.Strict;
        return options;
    }

    public static string Date(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

    /// <summary>
    /// Streams <paramref name="rows"/> as CSV: the <paramref name="header"/> line, then each row's <paramref name="cells"/>.
    /// </summary>
    public static async Task WriteCsvAsync<TRow>(
        Stream body,
        IEnumerable<string> header,
        Func<TRow, IEnumerable<string?>> cells,
        IAsyncEnumerable<TRow> rows,
        CancellationToken cancellationToken
    )
        where TRow : notnull
    {
        await using var csv = CsvWriter.Create(body, Csv.Options with { BufferSize = FlushThreshold }, leaveOpen: true);
        Csv.WriteFields(csv, header);
        await csv.EndRecordAsync(cancellationToken);
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            Csv.WriteFields(csv, cells(row));
            await csv.EndRecordAsync(cancellationToken);
        }

        await csv.FlushAsync(cancellationToken);
    }

    public static async Task WriteJsonAsync<TRow>(Stream body, IAsyncEnumerable<TRow> rows, CancellationToken cancellationToken)
    {
        // The serializer flushes its writer after each value, synchronously: it writes into memory here, and
        // that memory goes to the client asynchronously whenever it holds enough.
        var buffer = new ArrayBufferWriter<byte>(2 * FlushThreshold);
        await using var json = new Utf8JsonWriter(buffer);
        json.WriteStartArray();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            JsonSerializer.Serialize(json, row, Json);
            if (buffer.WrittenCount > FlushThreshold)
            {
                await body.WriteAsync(buffer.WrittenMemory, cancellationToken);
                buffer.ResetWrittenCount();
            }
        }

        json.WriteEndArray();
        json.Flush();
        await body.WriteAsync(buffer.WrittenMemory, cancellationToken);
        await body.FlushAsync(cancellationToken);
    }

    /// <summary>Every date-time as UTC with a Z, whatever offset the value carries.</summary>
    private sealed class UtcDateTimeOffsetConverter : JsonConverter<DateTimeOffset>
    {
        public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.GetDateTimeOffset();

        public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
            writer.WriteStringValue(Date(value));
    }
}
