using System.Diagnostics;
using CoCreation.Web;
using CoCreation.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CoCreation.Bench;

/// <summary>
/// The digest step of bench.sh: the portal's own notification rounds (<see cref="Web.Features.Notifications.Worker"/>, the
/// code each portal instance runs in the background) over the seed's follows, in this process, with a clock this step moves.
/// First it sets the bench's happenings back to untold and its followers' last digests to none (so every run measures the
/// same work), then fans them out to notifications at today's date, moves the clock eight days on so that every digest
/// (daily or weekly) is due, and writes the emails into the outbox batch after batch until none is left — timed, and with
/// this process's resident memory (VmRSS) sampled every 20 ms. No email leaves: no background service runs here (nor the
/// outbox sender), and the emails written are deleted from the outbox once counted, so the portal bench.sh starts next does
/// not send them either.
/// </summary>
internal static class Digest
{
    /// <summary>Far enough ahead for a weekly digest: every email that waits is due.</summary>
    private static readonly TimeSpan Ahead = TimeSpan.FromDays(8);

    public static async Task<int> RunAsync(string[] args)
    {
        var options = new Options(args);
        var clock = new MovableClock();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development", Args = [] });
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Portal"] = options.Get("connection"),
            ["Portal:SeedDemoData"] = "false",
            ["Serilog:MinimumLevel:Default"] = "Warning",
        };
        if (options.Get("batch", "") is { Length: > 0 } batch)
        {
            settings["Portal:Notifications:BatchSize"] = batch;
        }

        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddPortal();
        // Only the rounds this step calls run: no outbox sender, no other background work.
        builder.Services.RemoveAll<IHostedService>();
        builder.Services.AddSingleton<TimeProvider>(clock);
        await using var app = builder.Build();
        var worker = app.Services.GetRequiredService<Web.Features.Notifications.Worker>();
        var batchSize = app
            .Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Web.Features.Notifications.NotificationOptions>>()
            .Value.BatchSize;

        Guid official;
        Guid[] followers;
        long before;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            if (await Seed.BenchOfficialAsync(db) is not { } id)
            {
                Console.Error.WriteLine("digest: no bench happenings (run `seed` first)");
                return 1;
            }

            official = id;
            followers = await FollowersAsync(db);
            await db.Database.ExecuteSqlAsync(
                $"DELETE FROM notifications WHERE happening_id IN (SELECT id FROM happenings WHERE actor_id = {official})"
            );
            await db.Database.ExecuteSqlAsync($"UPDATE happenings SET fanned_out_at = NULL WHERE actor_id = {official}");
            // The last digest of an earlier run is eight days ahead of today: the next would be due a day after it (FanOut).
            await db.Database.ExecuteSqlAsync(
                $"UPDATE notification_settings SET email_due_at = NULL, last_emailed_at = NULL WHERE person_id = ANY({followers})"
            );
            before = await db.Database.SqlQuery<long>($"""SELECT COALESCE(MAX(id), 0) AS "Value" FROM outbox_messages""").SingleAsync();
        }

        var pid = Environment.ProcessId;
        var resident = Memory.ResidentKb(pid);

        // One round of the worker, batch after batch until none is left: how many it handled, in how long, at what peak memory.
        async Task<(int Handled, TimeSpan Took, long Peak)> RoundAsync(Func<CancellationToken, Task<int>> batchOnce)
        {
            var (handled, took) = (0, new Stopwatch());
            var during = await Memory.PeakWhileAsync(pid, async () =>
            {
                took.Start();
                int batch;
                while ((batch = await batchOnce(CancellationToken.None)) > 0)
                {
                    handled += batch;
                }

                took.Stop();
            });
            return (handled, took.Elapsed, during.Peak);
        }

        var fanOut = await RoundAsync(worker.FanOutOnceAsync);
        clock.Advance(Ahead);
        var emailing = await RoundAsync(worker.EmailOnceAsync);

        long notifications,
            emails;
        List<string> toFollowers;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            notifications = await db.Notifications.LongCountAsync(n =>
                db.Happenings.Any(h => h.Id == n.HappeningId && h.ActorId == official)
            );
            emails = await db.OutboxMessages.LongCountAsync(m => m.Id > before);
            toFollowers = await db
                .OutboxMessages.Where(m => m.Id > before && m.To.StartsWith(Seed.FollowerPrefix) && m.To.EndsWith("@" + Seed.BenchDomain))
                .Select(m => m.To)
                .ToListAsync();
            // Counted: out of the outbox, so that nothing sends them.
            await db.Database.ExecuteSqlAsync($"DELETE FROM outbox_messages WHERE id > {before}");
        }

        var once = toFollowers.Count == followers.Length && toFollowers.Distinct().Count() == followers.Length;
        var seconds = emailing.Took.TotalSeconds;
        var (fanOutSeconds, rate) = (fanOut.Took.TotalSeconds, seconds > 0 ? emails / seconds : 0);
        var peak = Memory.Mb(Math.Max(fanOut.Peak, emailing.Peak));
        Console.WriteLine(
            string.Concat(
                FormattableString.Invariant($"digest: {followers.Length} people (daily digest); fan-out {fanOut.Handled} happenings → "),
                FormattableString.Invariant($"{notifications} notifications in {fanOutSeconds:0.00} s; "),
                FormattableString.Invariant($"{emails} emails into the outbox in {seconds:0.00} s = {rate:0} emails/s "),
                FormattableString.Invariant($"({emailing.Handled} people claimed in batches of {batchSize}; each follower emailed once: "),
                once ? "yes" : "NO",
                $"); peak memory (VmRSS) of the process running the rounds {peak} (before {Memory.Mb(resident)}, ",
                $"fan-out {Memory.Mb(fanOut.Peak)}, emails {Memory.Mb(emailing.Peak)})"
            )
        );
        if (!once)
        {
            Console.Error.WriteLine(
                $"digest: {toFollowers.Count} emails to {toFollowers.Distinct().Count()} of the {followers.Length} followers"
            );
        }

        return once && emails > 0 ? 0 : 1;
    }

    private static Task<Guid[]> FollowersAsync(PortalDbContext db) =>
        db
            .Users.Where(u => u.Email!.StartsWith(Seed.FollowerPrefix) && u.Email.EndsWith("@" + Seed.BenchDomain))
            .Select(u => u.Id)
            .ToArrayAsync();

    /// <summary>The real clock, moved on when the step says so.</summary>
    private sealed class MovableClock : TimeProvider
    {
        private TimeSpan _ahead;

        public void Advance(TimeSpan by) => _ahead += by;

        public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + _ahead;
    }
}
