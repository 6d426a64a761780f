using Microsoft.Extensions.Options;

namespace CoCreation.Web.Infrastructure.Email;

/// <summary>
/// Sends queued emails. Each message is claimed with FOR UPDATE SKIP LOCKED inside its own transaction
/// and marked sent before that transaction commits, so several portal instances never take the same
/// message and a message is sent again only when a crash hits between the SMTP answer and the commit.
/// </summary>
public sealed class OutboxSender(
    IServiceScopeFactory scopes,
    OutboxSignal signal,
    IOptions<EmailOptions> options,
    Telemetry.PortalMetrics metrics,
    ILogger<OutboxSender> logger
) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await SendNextAsync(stoppingToken)) { }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // The database may be restarting: try again on the next round.
                logger.LogWarning(ex, "Outbox round failed");
            }

            try
            {
                await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Sends at most one message; false when nothing is due.</summary>
    public async Task<bool> SendNextAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var transport = scope.ServiceProvider.GetRequiredService<MailTransport>();
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var now = clock.GetUtcNow();
        var maxAttempts = options.Value.MaxAttempts;

        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(
            async ct =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                // Not composed further: EF would wrap the locking SELECT in a subquery.
                var claimed = await db
                    .OutboxMessages.FromSql(
                        $"""
                        SELECT * FROM outbox_messages
                        WHERE sent_at IS NULL AND attempts < {maxAttempts} AND (next_attempt_at IS NULL OR next_attempt_at <= {now})
                          AND (link_expires_at IS NULL OR link_expires_at > {now})
                        ORDER BY id
                        LIMIT 1
                        FOR UPDATE SKIP LOCKED
                        """
                    )
                    .ToListAsync(ct);
                if (claimed is not [var message])
                {
                    return false;
                }

                try
                {
                    await transport.SendAsync(message, ct);
                    message.MarkSent(clock.GetUtcNow());
                    metrics.EmailsSent.Add(1);
                    logger.LogInformation("Sent email {OutboxId}", message.Id);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    message.MarkFailed(ex.GetType().Name + ": " + ex.Message, clock.GetUtcNow());
                    metrics.EmailsFailed.Add(1);
                    logger.LogWarning(
                        "Email {OutboxId} failed (attempt {Attempt}): {Error}",
                        message.Id,
                        message.Attempts,
                        ex.GetType().Name
                    );
                }

                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                return true;
            },
            cancellationToken
        );
    }
}
