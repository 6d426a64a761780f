using Npgsql;

namespace CoCreation.Bench;

/// <summary>The keyset cursor ("{ticks}-{id}") that opens page N of the published submissions.</summary>
internal static class Cursor
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = new Options(args);
        var page = options.GetInt("page", 2000);
        await using var source = NpgsqlDataSource.Create(options.Get("connection"));
        await using var command = source.CreateCommand(
            """
            SELECT published_at, id FROM submissions
            WHERE status IN ('Published', 'Forwarded', 'Answered')
            ORDER BY published_at DESC, id DESC
            OFFSET $1 LIMIT 1
            """
        );
        command.Parameters.AddWithValue((page - 1) * 20 - 1);
        await using var reader = await command.ExecuteReaderAsync();
        if (!await reader.ReadAsync())
        {
            Console.Error.WriteLine($"cursor: fewer than {page} pages");
            return 1;
        }

        var publishedAt = reader.GetFieldValue<DateTimeOffset>(0);
        Console.WriteLine(FormattableString.Invariant($"{publishedAt.UtcTicks}-{reader.GetInt64(1)}"));
        return 0;
    }
}
