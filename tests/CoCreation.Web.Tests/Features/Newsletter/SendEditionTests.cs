using System.Security.Claims;
using CoCreation.Domain.Blog;
using CoCreation.Domain.Common;
using CoCreation.Domain.Newsletter;
using CoCreation.Web.Features.Newsletter;
using CoCreation.Web.Infrastructure.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit.Abstractions;

namespace CoCreation.Web.Tests.Features.Newsletter;

public sealed class SendEditionTests(WebFixture portal, ITestOutputHelper output) : PortalTest(portal)
{
    [Fact]
    public async Task An_edition_previewed_and_tested_goes_to_every_confirmed_reader_in_their_language_with_a_one_click_unsubscribe_header()
    {
        var staff = await StaffAsync();
        var post = await PublishedPostAsync();
        await Portal.WithDbAsync(async db =>
        {
            db.Subscribers.AddRange(
                Subscriber.Confirm("en@example.org", "en", DateTimeOffset.UtcNow),
                Subscriber.Confirm("fr@example.org", "fr", DateTimeOffset.UtcNow),
                Subscriber.Confirm("es@example.org", "es", DateTimeOffset.UtcNow)
            );
            var gone = Subscriber.Confirm("gone@example.org", "en", DateTimeOffset.UtcNow);
            gone.Unsubscribe(DateTimeOffset.UtcNow);
            db.Subscribers.Add(gone);
            await db.SaveChangesAsync();
        });
        var id = await Portal.SendAsync(April(post), staff);

        var preview = (await Portal.SendAsUserAsync(new Preview.Query(id), staff))!;
        Assert.Equal(["April co-creation", "Co-création d’avril", "Co-creación de abril"], preview.Languages.Select(l => l.Subject));
        Assert.Contains("Escuchamos a todos", preview.Languages[2].BodyHtml, StringComparison.Ordinal);
        Assert.Contains("FROM THE PARTNER BLOG", preview.Languages[0].Text, StringComparison.Ordinal);
        Assert.Null(await Portal.QueryAsync(new WebVersion.Query(id, "en")));

        Assert.True(await Portal.SendAsync(new SendTest.Command(id), staff));
        Assert.Equal(
            3,
            await Portal.WithDbAsync(db =>
                db.OutboxMessages.CountAsync(m => m.To == "support@example.org" && m.Subject.StartsWith("[Test"))
            )
        );

        Assert.Equal(3, await Portal.SendAsync(new Send.Command(id), staff));

        // A reader who leaves after the sending started but before their copy was queued gets nothing.
        var leaving = await Portal.WithDbAsync(db =>
            db.Subscribers.Where(s => s.Email == "en@example.org").Select(s => s.UnsubscribeCode).SingleAsync()
        );
        Assert.True(await Portal.SendAsync(new Unsubscribe.Command(leaving)));
        Assert.Equal(
            "Domain.Edition.AlreadySent",
            (await Assert.ThrowsAsync<DomainException>(() => Portal.SendAsync(new Send.Command(id), staff))).Code
        );
        Assert.Equal(
            "Domain.Edition.AlreadySent",
            (await Assert.ThrowsAsync<DomainException>(() => Portal.SendAsync(April(post) with { Id = id }, staff))).Code
        );
        Assert.Equal(3, await Portal.SendAsync(new Dispatch.Command(50), CurrentActor.System));
        Assert.Equal(0, await Portal.SendAsync(new Dispatch.Command(50), CurrentActor.System));

        var french = await Portal.Smtp.WaitForAsync("fr@example.org");
        Assert.Equal("Co-création d’avril", french.Subject);
        var code = await Portal.WithDbAsync(db =>
            db.Subscribers.Where(s => s.Email == "fr@example.org").Select(s => s.UnsubscribeCode).SingleAsync()
        );
        Assert.Equal($"<https://localhost/newsletter/unsubscribe/{code}>", french.Headers["List-Unsubscribe"]);
        Assert.Equal("List-Unsubscribe=One-Click", french.Headers["List-Unsubscribe-Post"]);
        Assert.Contains($"/newsletter/unsubscribe/{code}", french.HtmlBody, StringComparison.Ordinal);
        Assert.Contains($"/newsletter/unsubscribe/{code}", french.TextBody, StringComparison.Ordinal);
        await Portal.Smtp.WaitForAsync("es@example.org");
        Assert.DoesNotContain(Portal.Smtp.Received, m =>
            m.To.ToString().Contains("gone@example.org", StringComparison.Ordinal)
            || m.To.ToString().Contains("en@example.org", StringComparison.Ordinal)
        );
        Assert.Equal(
            1,
            await Portal.WithDbAsync(db => db.EditionDeliveries.CountAsync(d => d.QueuedAt != null && d.OutboxMessageId == null))
        );

        Assert.Equal(EditionStatus.Sent, (await Portal.WithDbAsync(db => db.Editions.SingleAsync())).Status);
        var web = (await Portal.QueryAsync(new WebVersion.Query(id, "es")))!;
        Assert.Equal("Co-creación de abril", web.Rendered.Subject);
        using var client = Portal.CreateClient();
        var page = await client.GetAsync($"/newsletter/{id}", "fr");
        Assert.Equal("Co-création d’avril", page.QuerySelector("h1")!.TextContent);
    }

    /// <summary>
    /// 1 000 readers; the dispatcher is stopped half-way (its token cancelled mid-run), a batch is cut
    /// by a crash before its commit, and a new dispatcher resumes: each reader gets exactly one copy.
    /// </summary>
    [Fact]
    public async Task Sending_to_1000_readers_stopped_half_way_crashed_mid_batch_and_resumed_delivers_exactly_one_copy_to_each()
    {
        const int Readers = 1000;
        var staff = await StaffAsync();
        var post = await PublishedPostAsync();
        var languages = new[] { "en", "fr", "es" };
        await Portal.WithDbAsync(async db =>
        {
            db.Subscribers.AddRange(
                Enumerable
                    .Range(0, Readers)
                    .Select(i => Subscriber.Confirm($"reader{i:0000}@example.org", languages[i % 3], DateTimeOffset.UtcNow))
            );
            await db.SaveChangesAsync();
        });
        var id = await Portal.SendAsync(April(post), staff);
        Assert.Equal(Readers, await Portal.SendAsync(new Send.Command(id), staff));

        // Run 1: a dispatcher at 60 000 a minute, in batches of 50, stopped once half of them are queued.
        var first = Dispatcher();
        await first.StartAsync(CancellationToken.None);
        await Eventually.UntilAsync(async () => await QueuedAsync() >= Readers / 2, TimeSpan.FromMinutes(1), "half the readers queued");
        await first.StopAsync(CancellationToken.None);
        var queuedAtStop = await QueuedAsync();
        var sentAtStop = await SentAsync();

        // A crash in the middle of a batch: 100 claimed and written to the outbox, never committed.
        Assert.Equal(100, await Crash.MidBatchAsync(Portal, new Dispatch.Command(100)));

        Assert.Equal(queuedAtStop, await QueuedAsync());

        // Run 2: a new dispatcher (the restart) finishes the job.
        var second = Dispatcher();
        await second.StartAsync(CancellationToken.None);
        await Eventually.UntilAsync(
            async () => await QueuedAsync() == Readers && await SentAsync() == Readers,
            TimeSpan.FromMinutes(4),
            "every reader queued and sent"
        );
        await second.StopAsync(CancellationToken.None);
        await Portal.SendAsync(new Dispatch.Command(50), CurrentActor.System);

        var received = Portal
            .Smtp.Received.Select(m => m.To.Mailboxes.Single().Address)
            .Where(a => a.StartsWith("reader", StringComparison.Ordinal))
            .ToList();
        var (queuedAfter, sentAfter) = (await QueuedAsync(), await SentAsync());
        output.WriteLine(
            $"readers {Readers}; at stop: {queuedAtStop} queued, {sentAtStop} sent; crashed batch of 100 rolled back; "
                + $"after resume: {queuedAfter} queued, {sentAfter} sent, "
                + $"{received.Count} received by SMTP, {received.Distinct().Count()} distinct"
        );
        Assert.InRange(queuedAtStop, Readers / 2, Readers - 1);
        Assert.Equal(Readers, received.Count);
        Assert.Equal(Readers, received.Distinct().Count());
        Assert.Equal(
            Readers,
            await Portal.WithDbAsync(db => db.EditionDeliveries.Select(d => d.OutboxMessageId).Distinct().CountAsync(o => o != null))
        );
        Assert.Equal(EditionStatus.Sent, (await Portal.WithDbAsync(db => db.Editions.SingleAsync())).Status);
    }

    private Dispatch.Worker Dispatcher() =>
        new(
            Portal.Services.GetRequiredService<IServiceScopeFactory>(),
            Microsoft.Extensions.Options.Options.Create(
                new Dispatch.Options { MessagesPerMinute = 60_000, Interval = TimeSpan.FromMilliseconds(50) }
            ),
            NullLogger<Dispatch.Worker>.Instance
        );

    private Task<int> QueuedAsync() => Portal.WithDbAsync(db => db.EditionDeliveries.CountAsync(d => d.QueuedAt != null));

    private Task<int> SentAsync() =>
        Portal.WithDbAsync(db =>
            db.EditionDeliveries.Join(db.OutboxMessages, d => d.OutboxMessageId, m => (long?)m.Id, (d, m) => m)
                .CountAsync(m => m.SentAt != null)
        );

    private async Task<ClaimsPrincipal> StaffAsync() =>
        (await Portal.CreateUserAsync("support@example.org", TestAccounts.Password, Roles.SupportUnit)).Principal;

    private async Task<long> PublishedPostAsync()
    {
        var author = (await Portal.CreateUserAsync("marta@example.org")).User;
        return await BlogScenario.PublishedPostAsync(
            Portal,
            author.Id,
            "Marta",
            new BlogPostContent("Escuchamos a todos", "Lo que aprendimos.", "Texto.", "es", [], [])
        );
    }

    private static Compose.Command April(long post) =>
        new()
        {
            Subject = new()
            {
                En = "April co-creation",
                Fr = "Co-création d’avril",
                Es = "Co-creación de abril",
            },
            Intro = new()
            {
                En = "This month is about co-creation.",
                Fr = "Ce mois-ci, la co-création.",
                Es = "Este mes, la co-creación.",
            },
            PostIds = [post],
        };
}
