using Npgsql;

namespace CoCreation.Web.Infrastructure.Web;

/// <summary>
/// Listens on <see cref="PublicData.Channel"/> so that a change committed through another instance of the
/// portal drops this instance's cached public pages and values within a second, instead of serving them
/// until they expire. One connection of its own (not pooled: a pooled connection would keep listening for
/// whoever borrows it next). When the database goes away it reconnects, and drops everything once it is
/// back, since announcements made meanwhile were not heard.
/// </summary>
public sealed class PublicDataListener(string connectionString, PublicData publicData, ILogger<PublicDataListener> logger)
    : BackgroundService
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString)
        {
            Pooling = false,
            // A silent network failure would otherwise leave WaitAsync waiting forever.
            KeepAlive = 15,
            ApplicationName = "cocreation-public-data-listener",
        };
        var missed = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(builder.ConnectionString);
                connection.Notification += (_, e) =>
                {
                    if (e.Payload != publicData.Instance)
                    {
                        _ = publicData.DropAsync();
                    }
                };
                await connection.OpenAsync(stoppingToken);
                await using (var listen = new NpgsqlCommand($"LISTEN {PublicData.Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                if (missed)
                {
                    await publicData.DropAsync();
                    missed = false;
                }

                while (!stoppingToken.IsCancellationRequested)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is NpgsqlException or System.Net.Sockets.SocketException or IOException or TimeoutException)
            {
                missed = true;
                logger.LogWarning(ex, "Not listening for other instances' changes of public data; trying again in {Delay}", RetryDelay);
                try
                {
                    await Task.Delay(RetryDelay, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }
}
