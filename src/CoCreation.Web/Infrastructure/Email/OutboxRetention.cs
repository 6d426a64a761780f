using Microsoft.Extensions.Options;

namespace CoCreation.Web.Infrastructure.Email;

/// <summary>
/// Keeps the outbox from becoming an archive of secrets: bodies carry reset and confirmation links,
/// personal cancellation and unsubscribe addresses. One set-based UPDATE per round blanks the body of
/// every message sent longer than <see cref="EmailOptions.SentBodyRetention"/> ago, of every unsent
/// message whose one-time link has expired (the sender skips those: the link would only disappoint),
/// and of every message the sender gave up on, once past the retention too. The row stays as the record
/// of who was sent what and when. Instances running it together are harmless: a row blanked by one
/// no longer matches the other's condition when PostgreSQL re-checks it.
/// </summary>
public sealed class OutboxRetention(IServiceScopeFactory scopes, IOptions<EmailOptions> options, ILogger<OutboxRetention> logger)
    : PeriodicWorker(logger)
{
    protected override TimeSpan Interval => options.Value.PurgeInterval;

    protected override string Work => "email body purging";

    /// <summary>How many messages had their bodies blanked.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        var settings = options.Value;
        var keptSince = now - settings.SentBodyRetention;
        var maxAttempts = settings.MaxAttempts;
        return await db
            .OutboxMessages.Where(m =>
                m.BodyPurgedAt == null
                && (
                    (m.SentAt != null && m.SentAt < keptSince)
                    || (m.SentAt == null && m.LinkExpiresAt <= now)
                    || (m.SentAt == null && m.Attempts >= maxAttempts && m.CreatedAt < keptSince)
                )
            )
            .ExecuteUpdateAsync(
                set =>
                    set.SetProperty(m => m.TextBody, "")
                        .SetProperty(m => m.HtmlBody, "")
                        .SetProperty(m => m.Attachment, (EmailAttachment?)null)
                        .SetProperty(m => m.ListUnsubscribe, (string?)null)
                        .SetProperty(
                            m => m.LastError,
                            m => m.SentAt == null && m.LinkExpiresAt <= now ? "Not sent: its link expired first" : m.LastError
                        )
                        .SetProperty(m => m.BodyPurgedAt, now),
                cancellationToken
            );
    }

    protected override Task<int> RoundAsync(CancellationToken cancellationToken) => RunOnceAsync(cancellationToken);
}
