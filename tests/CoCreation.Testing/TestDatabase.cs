using Npgsql;
using Respawn;
using Respawn.Graph;
using Testcontainers.PostgreSql;

namespace CoCreation.Testing;

/// <summary>
/// One real PostgreSQL database per test project: from COCREATION_TEST_DB (what ./test.sh sets), else a
/// Testcontainers PostgreSQL. Never skipped: with neither, every test fails saying how to provide one.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private PostgreSqlContainer? _container;
    private Respawner? _respawner;

    public string ConnectionString { get; private set; } = "";

    public static async Task<TestDatabase> CreateAsync(string name)
    {
        var database = new TestDatabase();
        var server = Environment.GetEnvironmentVariable("COCREATION_TEST_DB");
        if (string.IsNullOrWhiteSpace(server))
        {
            try
            {
                database._container = new PostgreSqlBuilder("postgres:15-alpine").Build();
                await database._container.StartAsync();
                server = database._container.GetConnectionString();
            }
            catch (Exception ex)
            {
                throw new InvalidOperationException(
                    "No PostgreSQL for the tests. Run ./test.sh (it starts a local PostgreSQL 15), "
                        + "or set COCREATION_TEST_DB to a connection string "
                        + "of a role that may create databases, or make a Docker engine available for Testcontainers. Testcontainers said: "
                        + ex.Message,
                    ex
                );
            }
        }

        var builder = new NpgsqlConnectionStringBuilder(server);
        var databaseName = $"{builder.Database ?? "cocreation_test"}_{name}";
        await using (var admin = new NpgsqlConnection(server))
        {
            await admin.OpenAsync();
            await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", admin);
            exists.Parameters.AddWithValue("name", databaseName);
            if (await exists.ExecuteScalarAsync() is null)
            {
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{databaseName}\"", admin);
                await create.ExecuteNonQueryAsync();
            }
        }

        builder.Database = databaseName;
        builder.MaxPoolSize = 50;
        database.ConnectionString = builder.ConnectionString;
        return database;
    }

    /// <summary>
    /// Empties what a previous run left, before the portal starts on it: outside Development the portal
    /// refuses to start while demo accounts can sign in, and a run's last test may have loaded the demo.
    /// </summary>
    public async Task ResetLeftoversAsync()
    {
        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            await connection.OpenAsync();
            await using var exists = new NpgsqlCommand("SELECT to_regclass('public.audit_entries') IS NOT NULL", connection);
            if (await exists.ExecuteScalarAsync() is not true)
            {
                return;
            }
        }

        await ResetAsync();

        // The migrations about to run may add tables: the next reset looks at the schema again.
        _respawner = null;
    }

    /// <summary>Empties every table but the reference data (roles, migration history, Data Protection keys).</summary>
    public async Task ResetAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();

        // The audit trail refuses DELETE by design (append-only); TRUNCATE is the maintenance door.
        await using (var truncate = new NpgsqlCommand("TRUNCATE audit_entries", connection))
        {
            await truncate.ExecuteNonQueryAsync();
        }

        _respawner ??= await Respawner.CreateAsync(
            connection,
            new RespawnerOptions
            {
                DbAdapter = DbAdapter.Postgres,
                SchemasToInclude = ["public"],
                TablesToIgnore =
                [
                    new Table("__EFMigrationsHistory"),
                    new Table("roles"),
                    new Table("data_protection_keys"),
                    new Table("audit_entries"),
                ],
            }
        );
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await _respawner.ResetAsync(connection);
                return;
            }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.DeadlockDetected && attempt < 5)
            {
                // The portal's background senders may be claiming rows of a big data set (the fuzz
                // test's demo data) while the tables are emptied; the next attempt finds them done.
                await Task.Delay(200 * attempt);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_container is not null)
        {
            await _container.DisposeAsync();
        }
    }
}
