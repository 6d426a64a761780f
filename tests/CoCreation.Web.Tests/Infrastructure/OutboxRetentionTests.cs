using CoCreation.Web.Features.Account;
using CoCreation.Web.Infrastructure.Email;
using Microsoft.Extensions.DependencyInjection;

namespace CoCreation.Web.Tests.Infrastructure;

/// <summary>Security finding 8: the outbox is not an archive of reset links and personal addresses.</summary>
public sealed class OutboxRetentionTests(WebFixture portal) : PortalTest(portal)
{
    [Fact]
    public async Task A_password_reset_email_is_delivered_with_its_link_and_the_outbox_keeps_only_who_and_when()
    {
        await Portal.CreateUserAsync("amina@example.org");

        await Portal.SendAsync(new ForgotPassword.Command { Email = "amina@example.org" });

        var delivered = await Portal.Smtp.WaitForAsync("amina@example.org");
        Assert.Contains("/account/reset-password?userId=", delivered.TextBody, StringComparison.Ordinal);
        var kept = await SentAsync("amina@example.org");
        Assert.Equal(("", ""), (kept.TextBody, kept.HtmlBody));
        Assert.Equal(delivered.Subject, kept.Subject);
        Assert.NotNull(kept.BodyPurgedAt);
    }

    [Fact]
    public async Task Sent_bodies_older_than_the_retention_are_blanked_while_recent_and_unsent_ones_keep_theirs()
    {
        var now = DateTimeOffset.UtcNow;
        await Portal.WithDbAsync(async db =>
        {
            var old = Message(
                "old@example.org",
                now.AddDays(-9),
                listUnsubscribe: "https://portal.test/newsletter/unsubscribe/secret-code",
                attachment: new EmailAttachment("event-1.ics", "text/calendar", "BEGIN:VCALENDAR")
            );
            old.MarkSent(now.AddDays(-8));
            var recent = Message("recent@example.org", now.AddDays(-2));
            recent.MarkSent(now.AddDays(-2));

            // Still to go out: an SMTP failure put its next attempt a minute away.
            var waiting = Message("waiting@example.org", now.AddDays(-9));
            waiting.MarkFailed("SmtpCommandException: mailbox busy", now);
            db.OutboxMessages.AddRange(old, recent, waiting);
            await db.SaveChangesAsync();
        });

        await Portal.Services.GetRequiredService<OutboxRetention>().RunOnceAsync(CancellationToken.None);

        var messages = await Portal.WithDbAsync(db => db.OutboxMessages.AsNoTracking().ToDictionaryAsync(m => m.To));
        var blanked = messages["old@example.org"];
        Assert.Equal(("", "", null, null), (blanked.TextBody, blanked.HtmlBody, blanked.Attachment, blanked.ListUnsubscribe));
        Assert.Equal(
            ("Your reset link", now.AddDays(-8).ToUnixTimeSeconds()),
            (blanked.Subject, blanked.SentAt!.Value.ToUnixTimeSeconds())
        );
        Assert.Contains("reset-password?code=secret", messages["recent@example.org"].TextBody, StringComparison.Ordinal);
        Assert.Contains("reset-password?code=secret", messages["waiting@example.org"].HtmlBody, StringComparison.Ordinal);
        Assert.Null(messages["waiting@example.org"].BodyPurgedAt);
    }

    [Fact]
    public async Task An_unsent_email_whose_link_expired_is_not_sent_and_loses_its_body()
    {
        var now = DateTimeOffset.UtcNow;
        await Portal.WithDbAsync(async db =>
        {
            db.OutboxMessages.Add(Message("late@example.org", now.AddHours(-2), linkExpiresAt: now.AddHours(-1)));
            await db.SaveChangesAsync();
        });

        await Portal.Services.GetRequiredService<OutboxSender>().SendNextAsync(CancellationToken.None);
        await Portal.Services.GetRequiredService<OutboxRetention>().RunOnceAsync(CancellationToken.None);

        var message = await Portal.WithDbAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync());
        Assert.Null(message.SentAt);
        Assert.Equal(("", ""), (message.TextBody, message.HtmlBody));
        Assert.Equal("Not sent: its link expired first", message.LastError);
        Assert.DoesNotContain(Portal.Smtp.Received, m => m.To.Mailboxes.Any(a => a.Address == "late@example.org"));
    }

    private static OutboxMessage Message(
        string to,
        DateTimeOffset createdAt,
        string? listUnsubscribe = null,
        EmailAttachment? attachment = null,
        DateTimeOffset? linkExpiresAt = null
    ) =>
        new(
            to,
            "Your reset link",
            "Open https://portal.test/account/reset-password?code=secret\n",
            "<p><a href=\"https://portal.test/account/reset-password?code=secret\">Reset</a></p>",
            createdAt,
            listUnsubscribe,
            attachment,
            linkExpiresAt
        );

    private async Task<OutboxMessage> SentAsync(string to)
    {
        // The SMTP answer comes a moment before the sender's commit.
        return await Eventually.ValueAsync(
            () => Portal.WithDbAsync(db => db.OutboxMessages.AsNoTracking().SingleOrDefaultAsync(m => m.To == to && m.SentAt != null)),
            TimeSpan.FromSeconds(5),
            () => $"the email to {to} marked sent"
        );
    }
}
