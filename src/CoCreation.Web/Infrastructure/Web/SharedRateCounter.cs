using System.Threading.RateLimiting;
using Npgsql;

namespace CoCreation.Web.Infrastructure.Web;

/// <summary>
/// Fixed windows counted in PostgreSQL (table <c>rate_limit_hits</c>), so that two instances of the
/// portal do not each allow what a person may do once. The window's start is computed by the database
/// from its own clock, the same for every instance. One upsert per limited request.
/// </summary>
public sealed class SharedRateCounter(string connectionString) : IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource = NpgsqlDataSource.Create(
        new NpgsqlConnectionStringBuilder(connectionString)
        {
            ApplicationName = "cocreation-rate-limits",
            // A few connections are plenty for one short upsert each; more would eat into the server's
            // max_connections beside the EF pool under load (the bench's POST peak hit "too many clients" at 20).
            MaxPoolSize = 4,
        }.ConnectionString
    );

    private long _hits;

    /// <summary>Counts one hit of <paramref name="key"/> in its current window: how many so far, and when the window ends.</summary>
    public async Task<(int Hits, TimeSpan Left)> HitAsync(string key, TimeSpan window, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand(
            """
            INSERT INTO rate_limit_hits (key, window_start, hits)
            VALUES ($1, date_bin(make_interval(secs => $2), now(), TIMESTAMPTZ '2000-01-01 00:00:00+00'), 1)
            ON CONFLICT (key, window_start) DO UPDATE SET hits = rate_limit_hits.hits + 1
            RETURNING hits, extract(epoch FROM window_start + make_interval(secs => $2) - now())::float8
            """
        );
        command.Parameters.AddWithValue(key);
        command.Parameters.AddWithValue(window.TotalSeconds);
        (int, TimeSpan) result;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            await reader.ReadAsync(cancellationToken);
            result = (reader.GetInt32(0), TimeSpan.FromSeconds(Math.Max(1, reader.GetDouble(1))));
        }

        // Old windows go now and then; the longest window is hours, a day covers it.
        if (Interlocked.Increment(ref _hits) % 1000 == 0)
        {
            await using var sweep = _dataSource.CreateCommand("DELETE FROM rate_limit_hits WHERE window_start < now() - interval '1 day'");
            await sweep.ExecuteNonQueryAsync(cancellationToken);
        }

        return result;
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}

/// <summary>
/// A fixed-window limit of <paramref name="permitLimit"/> per <paramref name="window"/> for one key,
/// counted by <see cref="SharedRateCounter"/>. It can only answer asynchronously (the count is in the
/// database): the middleware's synchronous attempt is refused, and it then waits on <see cref="AcquireAsyncCore"/>.
/// </summary>
public sealed class SharedWindowLimiter(SharedRateCounter counter, string key, int permitLimit, TimeSpan window) : RateLimiter
{
    private long _lastUsed = Environment.TickCount64;

    public override TimeSpan? IdleDuration => TimeSpan.FromMilliseconds(Environment.TickCount64 - Interlocked.Read(ref _lastUsed));

    public override RateLimiterStatistics? GetStatistics() => null;

    protected override RateLimitLease AttemptAcquireCore(int permitCount) => Lease.Refused(null);

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        Interlocked.Exchange(ref _lastUsed, Environment.TickCount64);
        if (permitCount == 0)
        {
            return Lease.Granted;
        }

        var (hits, left) = await counter.HitAsync(key, window, cancellationToken);
        return hits <= permitLimit ? Lease.Granted : Lease.Refused(left);
    }

    private sealed class Lease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public static readonly Lease Granted = new(true, null);

        public static Lease Refused(TimeSpan? retryAfter) => new(false, retryAfter);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = retryAfter;
            return retryAfter is not null && metadataName == MetadataName.RetryAfter.Name;
        }
    }
}
