using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Caching.Memory;

namespace CoCreation.Web.Features.Submissions;

/// <summary>
/// Chooses how PostgreSQL finds a search's page: walking the newest-first index until a page of matches is full
/// (cheap when the words are common), or taking the few matches from the full-text index and sorting them (cheap when
/// the words are rare). PostgreSQL's own choice walks the index for words its statistics do not know, and a word found
/// nowhere then read every published submission (0.65 s over 220 000 in the bench's data). The words' share of
/// submissions is estimated from PostgreSQL's own statistics of the search column (its most common lexemes and their
/// frequencies), read once every ten minutes; the lexemes a search is made of are asked of PostgreSQL once per search
/// text and kept, so a repeated search costs no extra round trip.
/// </summary>
public sealed partial class SearchShape(TimeProvider clock) : IDisposable
{
    /// <summary>
    /// Below this estimated share of submissions, matches are taken from the full-text index. Measured on the bench's
    /// 297 700 submissions (bench/results/search-plans.md): at 0.3 % the index took 3–5 ms against 27–41 ms walking; at
    /// 0.6 % both about 10 ms; at 1.3 % walking took 7–13 ms against 31–41 ms.
    /// </summary>
    public const double RareBelow = 0.005;

    private static readonly TimeSpan StatisticsAge = TimeSpan.FromMinutes(10);
    private readonly MemoryCache _lexemes = new(new MemoryCacheOptions { SizeLimit = 10_000 });
    private readonly SemaphoreSlim _reading = new(1, 1);
    private volatile Statistics? _statistics;

    /// <summary>Whether the words are rare enough to be found through the full-text index.</summary>
    public async ValueTask<bool> IsRareAsync(PortalDbContext db, string words, CancellationToken cancellationToken)
    {
        var statistics = await StatisticsAsync(db, cancellationToken);
        if (statistics.Frequencies.Count == 0)
        {
            // No statistics yet (a new or small table): PostgreSQL's own choice is as good as any.
            return false;
        }

        if (!_lexemes.TryGetValue(words, out string? query))
        {
            query = await db
                .Database.SqlQuery<string>($"SELECT content_search_query({words})::text AS \"Value\"")
                .SingleOrDefaultAsync(cancellationToken);
            query ??= "";
            _lexemes.Set(words, query, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = StatisticsAge });
        }

        return Share(query ?? "", statistics) < RareBelow;
    }

    /// <summary>
    /// The estimated share of submissions holding any of the query's lexemes: their frequencies added up, a lexeme the
    /// statistics do not list counted at half the least frequent one they do (as PostgreSQL itself estimates it).
    /// </summary>
    internal static double Share(string query, Statistics statistics)
    {
        var share = 0.0;
        foreach (Match lexeme in Lexeme().Matches(query))
        {
            var text = lexeme.Groups[1].Value.Replace("''", "'", StringComparison.Ordinal);
            share += statistics.Frequencies.TryGetValue(text, out var frequency) ? frequency : statistics.Least / 2;
        }

        return share;
    }

    private async ValueTask<Statistics> StatisticsAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (_statistics is { } known && now - known.ReadAt < StatisticsAge)
        {
            return known;
        }

        await _reading.WaitAsync(cancellationToken);
        try
        {
            if (_statistics is { } fresh && now - fresh.ReadAt < StatisticsAge)
            {
                return fresh;
            }

            var rows = await db
                .Database.SqlQuery<LexemeFrequency>(
                    $"""
                    SELECT x.lexeme AS "Lexeme", x.frequency AS "Frequency"
                    FROM pg_stats, unnest(most_common_elems::text::text[], most_common_elem_freqs) AS x(lexeme, frequency)
                    WHERE schemaname = current_schema() AND tablename = 'submissions' AND attname = 'search_vector'
                      AND x.lexeme IS NOT NULL
                    """
                )
                .ToListAsync(cancellationToken);
            var frequencies = rows.ToFrozenDictionary(r => r.Lexeme, r => (double)r.Frequency, StringComparer.Ordinal);
            var statistics = new Statistics(frequencies, frequencies.Count == 0 ? 0 : frequencies.Values.Min(), now);
            _statistics = statistics;
            return statistics;
        }
        finally
        {
            _reading.Release();
        }
    }

    public void Dispose()
    {
        _lexemes.Dispose();
        _reading.Dispose();
    }

    internal sealed record Statistics(FrozenDictionary<string, double> Frequencies, double Least, DateTimeOffset ReadAt);

    private sealed record LexemeFrequency(string Lexeme, float Frequency);

    // A lexeme in a tsquery's text: 'word', with a quote inside written twice.
    [GeneratedRegex("'((?:[^']|'')*)'", RegexOptions.CultureInvariant)]
    private static partial Regex Lexeme();
}
