using CoCreation.Web.Features.Account;
using CoCreation.Web.Infrastructure.Email;
using CoCreation.Web.Infrastructure.Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace CoCreation.Web.Tests.Infrastructure;

public sealed class OutboxTests(WebFixture portal) : PortalTest(portal)
{
    [Fact]
    public async Task A_refused_command_leaves_no_row_and_no_email_behind()
    {
        var command = Features.Account.RegisterTests.NewAccount("amina@example.org");
        command.DisplayName = new string('x', 101);

        await Assert.ThrowsAsync<InputException>(() => Portal.SendAsync(command));

        Assert.Equal(0, await Portal.WithDbAsync(db => db.Users.CountAsync()));
        Assert.Equal(0, await Portal.WithDbAsync(db => db.OutboxMessages.CountAsync()));
    }

    [Fact]
    public async Task A_title_with_a_line_break_reaches_the_subject_as_one_line_and_adds_no_header()
    {
        var people = await Scenario.CreateAsync(Portal);
        await Portal.SendAsync(
            Scenario.Question() with
            {
                Title = "Workshops?\r\nBcc: spy@example.org\r\nX-Injected: yes",
            },
            people.Participant
        );

        var email = await Portal.Smtp.WaitForAsync("ana@example.org", m =>
            m.Subject?.Contains("Workshops?", StringComparison.Ordinal) == true
        );
        var raw = Portal.Smtp.RawReceived.Single(r =>
            r.Contains("ana@example.org", StringComparison.Ordinal) && r.Contains("Workshops", StringComparison.Ordinal)
        );
        var headers = raw[..raw.IndexOf("\r\n\r\n", StringComparison.Ordinal)]
            .Split("\r\n")
            .Where(l => l.Length > 0 && l[0] is not (' ' or '\t'))
            .ToList();

        Assert.Equal("Received: Workshops? Bcc: spy@example.org X-Injected: yes", email.Subject);
        Assert.Single(headers, h => h.StartsWith("Subject:", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(headers, h =>
            h.StartsWith("Bcc:", StringComparison.OrdinalIgnoreCase) || h.StartsWith("X-Injected:", StringComparison.OrdinalIgnoreCase)
        );
        Assert.Empty(email.Bcc);
        Assert.Equal(["ana@example.org"], email.To.Mailboxes.Select(m => m.Address));
    }

    [Fact]
    public async Task Each_queued_email_is_sent_once_and_marked_sent_even_with_several_senders_competing()
    {
        await Portal.WithDbAsync(async db =>
        {
            for (var i = 0; i < 40; i++)
            {
                db.OutboxMessages.Add(new OutboxMessage($"person{i}@example.org", "Subject", "Text", "<p>Html</p>", DateTimeOffset.UtcNow));
            }

            await db.SaveChangesAsync();
        });

        // The portal's own background sender runs too; these compete with it for the same rows.
        var sender = Portal.Services.GetRequiredService<OutboxSender>();
        await Task.WhenAll(
            Enumerable
                .Range(0, 4)
                .Select(_ =>
                    Task.Run(async () =>
                    {
                        while (await sender.SendNextAsync(CancellationToken.None)) { }
                    })
                )
        );
        await Eventually.UntilAsync(
            async () => !await Portal.WithDbAsync(db => db.OutboxMessages.AnyAsync(m => m.SentAt == null)),
            TimeSpan.FromSeconds(5),
            "every outbox message marked sent"
        );
        var recipients = Portal.Smtp.Received.SelectMany(m => m.To.Mailboxes.Select(a => a.Address)).ToList();
        Assert.Equal(40, recipients.Count);
        Assert.Equal(40, recipients.Distinct().Count());
    }

    [Fact]
    public async Task A_message_the_smtp_server_cannot_take_is_retried_later_not_lost()
    {
        // Its own database: the fixture's background sender (with a working SMTP server) must not take the message.
        await using var database = await Testing.TestDatabase.CreateAsync("web_outbox");
        await using var factory = new Testing.PortalFactory(database.ConnectionString, smtpPort: 1);
        _ = factory.Server;
        await database.ResetAsync();
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<EmailOutbox>().Enqueue("amina@example.org", "Hello", ["Body"]);
            await scope.ServiceProvider.GetRequiredService<Data.PortalDbContext>().SaveChangesAsync();
        }

        await factory.Services.GetRequiredService<OutboxSender>().SendNextAsync(CancellationToken.None);

        await using var check = factory.Services.CreateAsyncScope();
        var message = await check.ServiceProvider.GetRequiredService<Data.PortalDbContext>().OutboxMessages.SingleAsync();
        Assert.Null(message.SentAt);
        Assert.Equal(1, message.Attempts);
        Assert.True(message.NextAttemptAt > DateTimeOffset.UtcNow);
        Assert.NotNull(message.LastError);
    }

    [Fact]
    public async Task Without_an_smtp_server_messages_are_written_as_eml_files()
    {
        var folder = Directory.CreateTempSubdirectory("cocreation-mail-");
        try
        {
            await using var database = await Testing.TestDatabase.CreateAsync("web_outbox");
            await using var factory = new Testing.PortalFactory(
                database.ConnectionString,
                Portal.Smtp.Port,
                new Dictionary<string, string?> { ["Email:Smtp:Host"] = "", ["Email:PickupDirectory"] = folder.FullName }
            );
            _ = factory.Server;
            await database.ResetAsync();
            await using (var scope = factory.Services.CreateAsyncScope())
            {
                scope
                    .ServiceProvider.GetRequiredService<EmailOutbox>()
                    .Enqueue(
                        "amina@example.org",
                        "Confirm",
                        ["Body"],
                        new EmailAction("Confirm", "https://portal.test/account/confirm-email?userId=1&code=abc")
                    );
                await scope.ServiceProvider.GetRequiredService<Data.PortalDbContext>().SaveChangesAsync();
            }

            await factory.Services.GetRequiredService<OutboxSender>().SendNextAsync(CancellationToken.None);

            var mails = await Task.WhenAll(folder.GetFiles("*.eml").Select(f => MimeKit.MimeMessage.LoadAsync(f.FullName)));
            var mail = Assert.Single(mails, m => m.Subject == "Confirm");
            Assert.Equal("amina@example.org", mail.To.Mailboxes.Single().Address);
            Assert.Contains("confirm-email?userId=1&code=abc", mail.TextBody, StringComparison.Ordinal);
            await using var check = factory.Services.CreateAsyncScope();
            Assert.NotNull(
                await check.ServiceProvider.GetRequiredService<Data.PortalDbContext>().OutboxMessages.Select(m => m.SentAt).SingleAsync()
            );
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
