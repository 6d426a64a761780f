using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Sockets;
using CoCreation.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Xunit.Abstractions;

namespace CoCreation.Web.Tests.Infrastructure;

/// <summary>
/// PostgreSQL stops in the middle of a stream of submissions and starts again (its own private
/// cluster, scripts/pg-private.sh: the shared test cluster is never stopped). People see the friendly
/// 503 page with Retry-After meanwhile, /health/ready says so, the portal recovers by itself, and
/// every submission confirmed to its author is stored exactly once, also after pressing again.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class DatabaseOutageTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "cocreation-outage-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly int _port = FreePort();

    public Task InitializeAsync() => Cluster("start");

    public Task DisposeAsync() => Cluster("destroy");

    [Fact]
    public async Task Submissions_during_a_database_restart_get_503_with_retry_after_and_every_confirmed_one_is_stored_exactly_once()
    {
        var connection =
            $"Host=127.0.0.1;Port={_port};Database=cocreation;Username=cocreation;Password=cocreation;Timeout=3;Command Timeout=10";
        using var smtp = new SmtpServer();
        await using var factory = new PortalFactory(connection, smtp.Port);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<Data.Seed.DemoData>().LoadCampaignAsync(CancellationToken.None);
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            for (var person = 0; person < 3; person++)
            {
                var email = $"person{person}@example.org";
                var created = await users.CreateAsync(
                    new PortalUser
                    {
                        UserName = email,
                        Email = email,
                        EmailConfirmed = true,
                        DisplayName = $"Person {person}",
                        CreatedAt = DateTimeOffset.UtcNow,
                    },
                    TestAccounts.Password
                );
                Assert.True(created.Succeeded);
            }
        }

        var people = new List<Person>();
        for (var person = 0; person < 3; person++)
        {
            people.Add(await Person.SignInAsync(factory, $"person{person}@example.org"));
        }

        var log = new ConcurrentQueue<Attempt>();
        var ready = new ConcurrentQueue<(string Phase, HttpStatusCode Status)>();
        var phase = "before";
        using var stop = new CancellationTokenSource();

        // Three people keep sending, one submission after another, each with its own idempotency key.
        var senders = people
            .Select(person =>
                Task.Run(async () =>
                {
                    for (var i = 0; !stop.IsCancellationRequested; i++)
                    {
                        log.Enqueue(await person.SubmitAsync(Guid.NewGuid(), $"Outage question {person.Email} {i}", phase));
                        await Task.Delay(100);
                    }
                })
            )
            .ToList();
        var probe = Task.Run(async () =>
        {
            using var client = factory.CreateClient();
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    using var response = await client.GetAsync("/health/ready");
                    ready.Enqueue((phase, response.StatusCode));
                }
                catch (HttpRequestException)
                {
                    ready.Enqueue((phase, 0));
                }

                await Task.Delay(250);
            }
        });

        // Each phase lasts until people have seen what it is about, not a fixed time.
        bool EachPersonConfirmed(string during) => people.All(p => log.Any(a => a.Phase == during && a.Person == p && a.Id is not null));
        await Eventually.UntilAsync(
            () => EachPersonConfirmed("before") && ready.Any(r => r.Phase == "before"),
            TimeSpan.FromSeconds(30),
            "a confirmed submission for each person before the outage"
        );
        phase = "outage";
        await Cluster("stop");
        var outageStarted = Stopwatch.StartNew();
        await Eventually.UntilAsync(
            () =>
                log.Any(a => a.Phase == "outage" && a.Outcome == "503 page")
                && ready.Any(r => r.Phase == "outage" && r.Status == HttpStatusCode.ServiceUnavailable),
            TimeSpan.FromSeconds(60),
            "the 503 page for a submission and from /health/ready while the database is down"
        );
        phase = "restarting";
        await Cluster("start");
        outageStarted.Stop();
        phase = "after";

        // The portal must come back by itself: confirmed submissions again within 30 s, without a restart.
        var back = Stopwatch.StartNew();
        await Eventually.TryUntilAsync(
            () => Task.FromResult(log.Any(a => a.Phase == "after" && a.Id is not null)),
            TimeSpan.FromSeconds(30)
        );
        var recoveredIn = back.Elapsed;
        await Eventually.UntilAsync(
            () => EachPersonConfirmed("after") && ready.LastOrDefault(r => r.Phase == "after").Status == HttpStatusCode.OK,
            TimeSpan.FromSeconds(30),
            "a confirmed submission for each person and a ready portal after the outage"
        );
        await stop.CancelAsync();
        await Task.WhenAll(senders.Append(probe));

        // Whoever did not get a confirmation presses again, with the form (and key) they still have;
        // some who did press again too (a double click after the answer).
        var attempts = log.ToList();
        var unconfirmed = attempts.Where(a => a.Id is null).ToList();
        var again = new List<Attempt>();
        foreach (var attempt in unconfirmed.Concat(attempts.Where(a => a.Id is not null).Take(5)))
        {
            again.Add(await attempt.Person.SubmitAsync(attempt.Key, attempt.Title, "pressed again"));
        }

        // The figures, for the issue's closing note.
        static string Outcomes(IEnumerable<Attempt> posts) =>
            string.Join(", ", posts.GroupBy(a => a.Outcome).Select(o => $"{o.Count()} {o.Key}"));
        output.WriteLine(
            $"outage {outageStarted.Elapsed.TotalSeconds:0.0} s; "
                + $"first confirmed submission {recoveredIn.TotalSeconds:0.0} s after the database was back"
        );
        foreach (var group in attempts.GroupBy(a => a.Phase))
        {
            output.WriteLine($"{group.Key}: {group.Count()} posts → {Outcomes(group)}");
        }

        output.WriteLine($"pressed again: {again.Count} posts → {Outcomes(again)}");
        var readiness = ready.GroupBy(r => (r.Phase, r.Status)).Select(g => $"{g.Key.Phase} {(int)g.Key.Status}×{g.Count()}");
        output.WriteLine($"/health/ready: {string.Join(", ", readiness)}");

        // 1. Nothing but a confirmation or the friendly 503 page with Retry-After, ever.
        Assert.All(attempts.Concat(again), a =>
            Assert.True(a.Outcome is "confirmed" or "503 page", $"{a.Phase}: {a.Outcome} for {a.Title}")
        );
        Assert.Contains(attempts, a => a.Phase == "outage" && a.Outcome == "503 page");
        Assert.All(again, a => Assert.Equal("confirmed", a.Outcome));

        // 2. /health/ready said so during the outage, and healthy before and after.
        Assert.Contains(ready, r => r.Phase == "outage" && r.Status == HttpStatusCode.ServiceUnavailable);
        Assert.Equal(HttpStatusCode.OK, ready.Last(r => r.Phase == "after").Status);
        Assert.DoesNotContain(ready, r => r.Phase == "before" && r.Status != HttpStatusCode.OK);

        // 3. Recovered alone.
        Assert.True(recoveredIn < TimeSpan.FromSeconds(30), "the portal did not recover by itself");

        // 4. Every confirmed submission is stored, each key exactly once, and pressing again gave the same one.
        await using var db = new NpgsqlConnection(connection);
        await db.OpenAsync();
        var stored = new Dictionary<Guid, List<long>>();
        await using (var command = new NpgsqlCommand("SELECT idempotency_key, id FROM submissions", db))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                stored.TryAdd(reader.GetGuid(0), []);
                stored[reader.GetGuid(0)].Add(reader.GetInt64(1));
            }
        }

        var confirmed = attempts.Concat(again).Where(a => a.Id is not null).ToList();
        var duringOutage = attempts.Count(a => a.Phase is "outage" or "restarting");
        var confirmedKeys = confirmed.Select(a => a.Key).Distinct().Count();
        output.WriteLine(
            $"{attempts.Count + again.Count} posts, {duringOutage} during the outage; "
                + $"{confirmedKeys} submissions confirmed, {stored.Values.Sum(v => v.Count)} stored"
        );
        Assert.All(stored, s => Assert.Single(s.Value));
        Assert.All(confirmed, a => Assert.Equal(a.Id, Assert.Single(stored[a.Key])));
        Assert.Equal(attempts.Select(a => a.Key).Distinct().Order(), stored.Keys.Order());
    }

    private async Task Cluster(string command)
    {
        var script = FindScript("pg-private.sh");
        using var process = Process.Start(
            new ProcessStartInfo(script, [command, _root, _port.ToString(System.Globalization.CultureInfo.InvariantCulture)])
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
            }
        )!;
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"pg-private.sh {command} failed: {await errors}");
    }

    internal static string FindScript(string name)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "scripts", name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"scripts/{name} not found above {AppContext.BaseDirectory}");
    }

    internal static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private sealed record Attempt(Person Person, Guid Key, string Title, string Phase, string Outcome, long? Id);

    /// <summary>A signed-in participant with the submit form open (its antiforgery token).</summary>
    private sealed class Person(string email, HttpClient http, string token)
    {
        public string Email => email;

        public static async Task<Person> SignInAsync(PortalFactory factory, string email)
        {
            var browser = await factory.SignedInClientAsync(email, followRedirects: false);
            Assert.Equal(HttpStatusCode.Redirect, browser.Status);
            var form = await browser.GetAsync("/submissions/submit?member=AR");
            return new Person(
                email,
                browser.Http,
                form.QuerySelector("main input[name=__RequestVerificationToken]")!.GetAttribute("value")!
            );
        }

        public async Task<Attempt> SubmitAsync(Guid key, string title, string phase)
        {
            try
            {
                using var response = await http.PostAsync(
                    "/submissions/submit",
                    new FormUrlEncodedContent(
                        new Dictionary<string, string>
                        {
                            ["__RequestVerificationToken"] = token,
                            ["Data.IdempotencyKey"] = key.ToString(),
                            ["Data.Website"] = "",
                            ["Data.MemberCode"] = "AR",
                            ["Data.Kind"] = "Question",
                            ["Data.Title"] = title,
                            ["Data.Body"] = "When will the first co-creation workshop take place, and where?",
                            ["Data.Language"] = "en",
                        }
                    )
                );
                var body = await response.Content.ReadAsStringAsync();
                if (
                    response.StatusCode == HttpStatusCode.Redirect
                    && response.Headers.Location?.ToString() is { } location
                    && System.Text.RegularExpressions.Regex.Match(location, @"^/submissions/(\d+)\?sent=") is { Success: true } match
                )
                {
                    return new(
                        this,
                        key,
                        title,
                        phase,
                        "confirmed",
                        long.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)
                    );
                }

                var friendly =
                    response.StatusCode == HttpStatusCode.ServiceUnavailable
                    && response.Headers.RetryAfter is not null
                    && body.Contains("The portal is briefly unavailable", StringComparison.Ordinal);
                return new(
                    this,
                    key,
                    title,
                    phase,
                    friendly ? "503 page" : $"{(int)response.StatusCode} {response.Headers.Location}",
                    null
                );
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
            {
                return new(this, key, title, phase, "broken: " + ex.GetType().Name, null);
            }
        }
    }
}
