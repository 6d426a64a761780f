namespace CoCreation.Web.Infrastructure;

/// <summary>
/// A background job that runs one round every <see cref="Interval"/> in each portal instance. A failed
/// round (the database restarting, say) is logged and the next one tries again; stopping ends the loop.
/// Rounds must be safe to run in several instances at once (they claim their work with SKIP LOCKED).
/// </summary>
public abstract class PeriodicWorker(ILogger logger) : BackgroundService
{
    protected abstract TimeSpan Interval { get; }

    /// <summary>What a round does, for the log: "newsletter deliveries", say.</summary>
    protected abstract string Work { get; }

    /// <summary>
    /// Whether the first round runs as the instance starts; otherwise one interval later (work that is due by the day,
    /// such as reminders, gains nothing from a round at each start, and a test's clock is set before its first).
    /// </summary>
    protected virtual bool FirstRoundAtStart => true;

    /// <summary>One round; returns how many items it queued (or changed).</summary>
    protected abstract Task<int> RoundAsync(CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        if (!FirstRoundAtStart && !await WaitAsync(timer, stoppingToken))
        {
            return;
        }

        do
        {
            try
            {
                var done = await RoundAsync(stoppingToken);
                if (done > 0)
                {
                    logger.LogInformation("Round of {Work}: {Count}", Work, done);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "A round of {Work} failed", Work);
            }
        } while (await WaitAsync(timer, stoppingToken));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
