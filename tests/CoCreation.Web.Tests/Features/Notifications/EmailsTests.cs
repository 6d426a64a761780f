using CoCreation.Domain.Notifications;
using CoCreation.Web.Features.Moderation;
using CoCreation.Web.Infrastructure.Identity;
using Microsoft.Extensions.Time.Testing;
using Xunit.Abstractions;
using static CoCreation.Web.Tests.Features.Notifications.NotificationScenario;

namespace CoCreation.Web.Tests.Features.Notifications;

public sealed class EmailsTests(WebFixture portal, ITestOutputHelper output) : PortalTest(portal)
{
    [Fact]
    public async Task At_once_daily_weekly_and_none_each_get_their_emails_when_due_and_ten_happenings_make_one_digest()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var timed = Portal.WithClock(clock);
        var people = await Scenario.CreateAsync(Portal);
        var readers = new Dictionary<EmailChoice, System.Security.Claims.ClaimsPrincipal>();
        foreach (var choice in Enum.GetValues<EmailChoice>())
        {
            var (_, reader) = await Portal.CreateUserAsync($"{choice.ToString().ToLowerInvariant()}@example.org", roles: Roles.Participant);
            await timed.SendAsync(Follow(FollowedKind.Member, "ar"), reader);
            await timed.SendAsync(new Web.Features.Notifications.ChooseEmail.Command { Email = choice }, reader);
            readers[choice] = reader;
        }

        var ids = new List<long>();
        for (var i = 0; i < 10; i++)
        {
            ids.Add((await timed.SendAsync(Scenario.Proposal() with { Title = $"Propuesta {i}" }, people.Participant))!.Value);
        }

        await timed.SendAsync(new Decide.Command(ids, Decide.Decision.Publish), people.Support);
        async Task<string[]> SentAsync() =>
            await Portal.WithDbAsync(db =>
                db.OutboxMessages.Where(m =>
                        m.To == "atonce@example.org"
                        || m.To == "daily@example.org"
                        || m.To == "weekly@example.org"
                        || m.To == "none@example.org"
                    )
                    .OrderBy(m => m.Id)
                    .Select(m => m.To)
                    .ToArrayAsync()
            );

        await RunAsync(timed.Services);
        Assert.Equal(["atonce@example.org"], await SentAsync());

        clock.Advance(TimeSpan.FromHours(23));
        await RunAsync(timed.Services);
        Assert.Equal(["atonce@example.org"], await SentAsync());

        clock.Advance(TimeSpan.FromHours(1));
        await RunAsync(timed.Services);
        Assert.Equal(["atonce@example.org", "daily@example.org"], await SentAsync());

        clock.Advance(TimeSpan.FromDays(6));
        await RunAsync(timed.Services);
        clock.Advance(TimeSpan.FromDays(30));
        await RunAsync(timed.Services);
        Assert.Equal(["atonce@example.org", "daily@example.org", "weekly@example.org"], await SentAsync());

        var digest = await Portal.Smtp.WaitForAsync("daily@example.org", _ => true);
        Assert.Equal("10 updates on what you follow", digest.Subject);
        // The digest is composed in its reader's language, and its HTML says which.
        Assert.StartsWith("<!DOCTYPE html><html lang=\"en\">", digest.HtmlBody, StringComparison.Ordinal);
        var body = digest.TextBody ?? "";
        var lines = System.Text.RegularExpressions.RegexOptions.Multiline;
        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(body, "^Argentina\r?$", lines));
        // Grouped by the member followed, each line saying what happened to what.
        Assert.Equal(10, System.Text.RegularExpressions.Regex.Count(body, "^- Propuesta [0-9]: published\r?$", lines));
        Assert.Contains("<https://localhost/notifications/unsubscribe/", digest.Headers["List-Unsubscribe"], StringComparison.Ordinal);
        Assert.Equal("List-Unsubscribe=One-Click", digest.Headers["List-Unsubscribe-Post"]);
        Assert.Equal(10, (await ListAsync(Portal, readers[EmailChoice.None])).Count);
    }

    [Fact]
    public async Task The_unsubscribe_link_works_signed_out_and_turns_email_off()
    {
        var people = await Scenario.CreateAsync(Portal);
        await Portal.SendAsync(Follow(FollowedKind.Member, "ar"), people.Participant);
        await ChooseAsync(Portal, people.Participant, EmailChoice.AtOnce);
        await Scenario.PublishedAsync(Portal, people, Scenario.Question() with { Title = "Primera" });
        await RunAsync(Portal.Services);
        var email = await Portal.Smtp.WaitForAsync("ana@example.org", m => m.Subject == "Primera: published");
        var link = new Uri(email.Headers["List-Unsubscribe"]!.Trim('<', '>'));

        using var visitor = Portal.CreateClient();
        var page = await visitor.Http.GetStringAsync(link.PathAndQuery);
        var clicked = await visitor.Http.PostAsync(link.PathAndQuery, new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));

        Assert.Contains("ana@example.org", page, StringComparison.Ordinal);
        Assert.True(clicked.IsSuccessStatusCode, clicked.StatusCode.ToString());
        Assert.Equal(
            EmailChoice.None,
            (await Portal.SendAsUserAsync(new Web.Features.Notifications.ChooseEmail.Query(), people.Participant)).Email
        );
        // An account change, audited as the account page's choice is: from "at once" to none, with no person signed in.
        var audited = await Portal.WithDbAsync(db =>
            db.AuditEntries.Where(a => a.Action == "account.notification-email-unsubscribed").ToListAsync()
        );
        Assert.Null(Assert.Single(audited).ActorId);
        Assert.Contains("AtOnce", audited[0].Before, StringComparison.Ordinal);
        Portal.Smtp.Clear();
        await Scenario.PublishedAsync(Portal, people, Scenario.Question() with { Title = "Segunda" });
        await RunAsync(Portal.Services);
        Assert.Equal(
            0,
            // Notification emails only (they carry their unsubscribe address): the author's own emails about her
            // submission (received, published) are not notifications and still go out.
            await Portal.WithDbAsync(db =>
                db.OutboxMessages.CountAsync(m =>
                    m.To == "ana@example.org" && m.Subject.Contains("Segunda") && m.ListUnsubscribe!.Contains("/notifications/unsubscribe/")
                )
            )
        );
        Assert.Equal(2, (await ListAsync(Portal, people.Participant)).Count);
    }

    [Fact]
    public async Task A_round_for_2000_followers_stopped_half_way_crashed_mid_batch_and_resumed_emails_each_person_once()
    {
        const int Followers = 2000;
        var people = await Scenario.CreateAsync(Portal);
        await FollowersAsync(Followers);
        await Scenario.PublishedAsync(Portal, people, Scenario.Question() with { Title = "Para todos" });
        var worker = WorkerOf(Portal.Services, batchSize: 200);
        Assert.Equal(1, await worker.FanOutOnceAsync(CancellationToken.None));

        // Half, then a crash in the middle of a batch: 200 claimed and written to the outbox, never committed.
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(200, await worker.EmailOnceAsync(CancellationToken.None));
        }

        var atStop = await EmailedAsync();
        Assert.Equal(200, await Crash.MidBatchAsync(Portal, new Web.Features.Notifications.Emails.Command(200)));

        // The crashed batch left nothing: the same people emailed (the outbox keeps no order to compare).
        Assert.Equal(atStop.Order(), (await EmailedAsync()).Order());
        await WorkerOf(Portal.Services, batchSize: 300).RunOnceAsync(CancellationToken.None);
        await WorkerOf(Portal.Services).RunOnceAsync(CancellationToken.None);

        var sent = await EmailedAsync();
        output.WriteLine(
            $"followers {Followers}; at stop {atStop.Count} emailed; after resume {sent.Count}, {sent.Distinct().Count()} distinct"
        );
        Assert.Equal(Followers / 2, atStop.Count);
        Assert.Equal(Followers, sent.Count);
        Assert.Equal(Followers, sent.Distinct().Count());
    }

    [Fact]
    public async Task Two_portal_instances_sending_together_email_each_of_2000_followers_once()
    {
        const int Followers = 2000;
        var people = await Scenario.CreateAsync(Portal);
        await FollowersAsync(Followers);
        await Scenario.PublishedAsync(Portal, people, Scenario.Question() with { Title = "Para todos" });
        await Scenario.PublishedAsync(Portal, people, Scenario.Question() with { Title = "Otra más" });
        await using var second = Portal.SecondPortal();

        // Both instances fan the two happenings out at once (each claimed by one), then both email at once. (A
        // happening fanned out while the other instance is emailing the same person reaches them in the next round.)
        var first = WorkerOf(Portal.Services, batchSize: 100);
        var other = WorkerOf(second.Services, batchSize: 100);
        async Task<int> FanOutAsync(Web.Features.Notifications.Worker worker)
        {
            var done = 0;
            int batch;
            while ((batch = await worker.FanOutOnceAsync(CancellationToken.None)) > 0)
            {
                done += batch;
            }

            return done;
        }

        await Task.WhenAll(Task.Run(() => FanOutAsync(first)), Task.Run(() => FanOutAsync(other)));
        var rounds = await Task.WhenAll(
            Task.Run(() => first.RunOnceAsync(CancellationToken.None)),
            Task.Run(() => other.RunOnceAsync(CancellationToken.None))
        );

        var sent = await EmailedAsync();
        output.WriteLine($"instance rounds: {rounds[0]} and {rounds[1]} items; {sent.Count} emails, {sent.Distinct().Count()} distinct");
        Assert.Equal(Followers, sent.Count);
        Assert.Equal(Followers, sent.Distinct().Count());
        Assert.Equal(
            2 * Followers,
            await Portal.WithDbAsync(db => db.Notifications.CountAsync(n => n.EmailedAt != null && n.PersonId != people.ParticipantId))
        );
    }

    [Fact]
    public async Task A_happening_fanned_out_while_another_instance_sends_the_same_persons_daily_digest_waits_a_whole_day_for_the_next()
    {
        var people = await Scenario.CreateAsync(Portal);
        var (reader, principal) = await Portal.CreateUserAsync("daily@example.org", roles: Roles.Participant);
        await Portal.SendAsync(Follow(FollowedKind.Member, "ar"), principal);
        await ChooseAsync(Portal, principal, EmailChoice.Daily);
        var start = DateTimeOffset.UtcNow;
        var fanning = new FakeTimeProvider(start);
        var emailing = new FakeTimeProvider(start);
        await using var one = Portal.WithClock(fanning);
        await using var other = Portal.WithClock(emailing);
        var fanner = WorkerOf(one.Services);
        var emailer = WorkerOf(other.Services);
        await Scenario.PublishedAsync(Portal, people, Scenario.Question() with { Title = "Primera" });
        Assert.Equal(1, await fanner.FanOutOnceAsync(CancellationToken.None));

        // A day later the second instance sends the digest; it is held, with the person's settings row claimed, just before it
        // marks the notification emailed (the test locks that row). Meanwhile the first instance, whose clock reads half a
        // minute earlier (it read it before the other's email, or runs a little behind), fans out a second happening and
        // waits for the person's row.
        await Scenario.PublishedAsync(Portal, people, Scenario.Question() with { Title = "Segunda" });
        fanning.SetUtcNow(start.AddDays(1).AddSeconds(30));
        emailing.SetUtcNow(start.AddDays(1).AddMinutes(1));
        await using (var pause = new Npgsql.NpgsqlConnection(Portal.Database.ConnectionString))
        {
            await pause.OpenAsync();
            await using var held = await pause.BeginTransactionAsync();
            await using (
                var lockRow = new Npgsql.NpgsqlCommand("SELECT id FROM notifications WHERE person_id = @p FOR UPDATE", pause, held)
            )
            {
                lockRow.Parameters.AddWithValue("p", reader.Id);
                Assert.NotNull(await lockRow.ExecuteScalarAsync());
            }

            // Row locks only: a relation extension lock of some other work is as brief as it is irrelevant.
            async Task WaitingAsync(int count, Task running)
            {
                await using var waiting = new Npgsql.NpgsqlCommand(
                    """
                    SELECT count(*) FROM pg_stat_activity
                    WHERE datname = current_database() AND wait_event_type = 'Lock' AND wait_event IN ('transactionid', 'tuple')
                    """,
                    pause,
                    held
                );
                for (var i = 0; i < 1200 && (long)(await waiting.ExecuteScalarAsync())! < count; i++)
                {
                    await Task.Delay(50);
                }

                var waited = (long)(await waiting.ExecuteScalarAsync())!;
                Assert.True(waited >= count, $"{waited} waiting for a row, not {count}; the round: {running.Status} {running.Exception}");
            }

            var emails = Task.Run(() => emailer.EmailOnceAsync(CancellationToken.None));
            await WaitingAsync(1, emails);
            var fanOut = Task.Run(() => fanner.FanOutOnceAsync(CancellationToken.None));
            await WaitingAsync(2, fanOut);
            await held.RollbackAsync();
            Assert.True(await emails >= 1);
            Assert.Equal(1, await fanOut);
        }

        async Task<string[]> DigestsAsync() =>
            await Portal.WithDbAsync(db =>
                db.OutboxMessages.Where(m => m.To == "daily@example.org").OrderBy(m => m.Id).Select(m => m.Subject).ToArrayAsync()
            );
        Assert.Equal(["Primera: published"], await DigestsAsync());

        // Not a second digest the same day (the second happening is due a day after the digest, not after its own fan-out)...
        emailing.SetUtcNow(start.AddDays(2).AddSeconds(45));
        await emailer.RunOnceAsync(CancellationToken.None);
        Assert.Equal(["Primera: published"], await DigestsAsync());

        // ...and nothing lost: it is in the next day's.
        emailing.SetUtcNow(start.AddDays(2).AddMinutes(1));
        await emailer.RunOnceAsync(CancellationToken.None);
        Assert.Equal(["Primera: published", "Segunda: published"], await DigestsAsync());
    }

    /// <summary>Followers of Argentina who want their emails at once, written straight to the tables (no password hashing).</summary>
    private Task FollowersAsync(int count) =>
        Portal.WithDbAsync(async db =>
        {
            await db.Database.ExecuteSqlAsync(
                $"""
                INSERT INTO users (id, user_name, normalized_user_name, email, normalized_email, email_confirmed, phone_number_confirmed,
                    two_factor_enabled, lockout_enabled, access_failed_count, display_name, preferred_language, created_at)
                SELECT gen_random_uuid(), 'follower' || n || '@example.org', upper('follower' || n || '@example.org'),
                    'follower' || n || '@example.org', upper('follower' || n || '@example.org'), TRUE, FALSE, FALSE, TRUE, 0,
                    'Follower ' || n, (ARRAY['en','fr','es'])[1 + n % 3], now()
                FROM generate_series(1, {count}) AS n
                """
            );
            await db.Database.ExecuteSqlAsync(
                $"""
                INSERT INTO follows (person_id, kind, subject_id, automatic, created_at)
                SELECT u.id, 'Member', m.id, FALSE, now() FROM users u CROSS JOIN members m
                WHERE u.email LIKE 'follower%' AND m.code = 'AR'
                """
            );
            await db.Database.ExecuteSqlAsync(
                $"""
                INSERT INTO notification_settings (person_id, email, unsubscribe_code)
                SELECT id, 'AtOnce', replace(gen_random_uuid()::text, '-', '') FROM users WHERE email LIKE 'follower%'
                """
            );
        });

    private Task<List<string>> EmailedAsync() =>
        Portal.WithDbAsync(db => db.OutboxMessages.Where(m => m.To.StartsWith("follower")).Select(m => m.To).ToListAsync());
}
