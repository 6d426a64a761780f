using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Xunit.Abstractions;

namespace CoCreation.Web.Tests.Infrastructure;

/// <summary>
/// Two real portal processes (the built CoCreation.Web.dll under `dotnet`, Production settings, behind
/// a pretend TLS proxy) on two loopback ports and one database: a sign-in on one is honoured by the
/// other, and with both background senders running each outbox message reaches the SMTP server once.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed partial class TwoInstancesTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Messages = 200;
    private readonly List<Instance> _instances = [];
    private TestDatabase _database = null!;

    public async Task InitializeAsync()
    {
        // A fresh database: an instance starts sending whatever an earlier, interrupted run left in the outbox.
        if (Environment.GetEnvironmentVariable("COCREATION_TEST_DB") is { Length: > 0 } server)
        {
            await using var admin = new NpgsqlConnection(server);
            await admin.OpenAsync();
            var database = $"{new NpgsqlConnectionStringBuilder(server).Database ?? "cocreation_test"}_web_two_instances";
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }

        _database = await TestDatabase.CreateAsync("web_two_instances");
    }

    public async Task DisposeAsync()
    {
        foreach (var instance in _instances)
        {
            instance.Dispose();
        }

        await _database.DisposeAsync();
    }

    [Fact]
    public async Task A_sign_in_on_one_instance_works_on_the_other_and_each_outbox_message_is_sent_once()
    {
        using var smtp = new SmtpServer();

        // One after the other, as a rolling deployment starts them: the first applies the migrations.
        var a = await StartAsync("A", smtp.Port);
        await SeedAsync();
        var b = await StartAsync("B", smtp.Port);

        // Sign in on A; act on B with the same cookies (Data Protection keys are shared in PostgreSQL).
        using var browser = new Browser();
        var signIn = await browser.GetAsync(a, "/account/sign-in");
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await browser.PostAsync(
                    a,
                    "/account/sign-in",
                    new()
                    {
                        ["__RequestVerificationToken"] = Token(signIn.Body),
                        ["Data.Email"] = "amina@example.org",
                        ["Data.Password"] = TestAccounts.Password,
                    }
                )
            ).Status
        );

        var form = await browser.GetAsync(b, "/submissions/submit?member=AR");
        Assert.Equal(HttpStatusCode.OK, form.Status);
        var formOnA = await browser.GetAsync(a, "/submissions/submit?member=AR");
        var sent = await browser.PostAsync(
            b,
            "/submissions/submit",
            new()
            {
                // The form as instance A served it (its antiforgery token), sent to instance B.
                ["__RequestVerificationToken"] = Token(formOnA.Body),
                ["Data.IdempotencyKey"] = Guid.NewGuid().ToString(),
                ["Data.MemberCode"] = "AR",
                ["Data.Kind"] = "Question",
                ["Data.Title"] = "Asked on instance B, signed in on A",
                ["Data.Body"] = "Will the forum meet online as well?",
                ["Data.Language"] = "en",
            }
        );
        Assert.Equal(HttpStatusCode.Redirect, sent.Status);
        Assert.Matches(@"^/submissions/\d+\?sent=", sent.Location);
        var mine = await browser.GetAsync(a, "/submissions/mine");
        Assert.Equal(HttpStatusCode.OK, mine.Status);
        Assert.Contains("Asked on instance B, signed in on A", mine.Body, StringComparison.Ordinal);

        // Both background senders compete for the same outbox.
        await using (var connection = new NpgsqlConnection(_database.ConnectionString))
        {
            await connection.OpenAsync();
            await using var insert = new NpgsqlCommand(
                $"""
                INSERT INTO outbox_messages ("to", subject, text_body, html_body, created_at, attempts)
                SELECT 'reader' || n || '@example.org', 'Outbox message ' || n, 'Text ' || n, '<p>Html ' || n || '</p>', now(), 0
                FROM generate_series(1, {Messages}) AS n
                """,
                connection
            );
            await insert.ExecuteNonQueryAsync();
        }

        var deadline = Stopwatch.StartNew();
        await Eventually.TryUntilAsync(
            () =>
                Task.FromResult(
                    smtp.Received.Count(m => (m.Subject ?? "").StartsWith("Outbox message ", StringComparison.Ordinal)) >= Messages
                ),
            TimeSpan.FromSeconds(90)
        );

        // Until nothing more can be sent: every message is marked sent and no sender holds a claim open
        // (a message claimed twice would still be on its way from the instance that has not committed).
        await Eventually.TryUntilAsync(NothingLeftToSendAsync, TimeSpan.FromSeconds(30));
        var received = smtp
            .Received.Where(m => (m.Subject ?? "").StartsWith("Outbox message ", StringComparison.Ordinal))
            .Select(m => m.To.Mailboxes.Single().Address)
            .ToList();
        var sentByA = a.Log.Count(l => l.Contains("Sent email", StringComparison.Ordinal));
        var sentByB = b.Log.Count(l => l.Contains("Sent email", StringComparison.Ordinal));
        output.WriteLine(
            $"{Messages} messages queued; {received.Count} received by the SMTP server ({received.Distinct().Count()} distinct) "
                + $"in {deadline.Elapsed.TotalSeconds:0.0} s; sent by A: {sentByA}, by B: {sentByB}"
        );

        var twice = smtp.Received.GroupBy(m => m.MessageId).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        foreach (var id in twice)
        {
            var outboxId = (id ?? "").Replace("outbox-", "", StringComparison.Ordinal).Split('@')[0];
            output.WriteLine($"received twice: {id}");
            foreach (
                var line in a
                    .Log.Select(l => "A " + l)
                    .Concat(b.Log.Select(l => "B " + l))
                    .Where(l =>
                        l.Contains($"\"OutboxId\":{outboxId},", StringComparison.Ordinal)
                        || l.Contains($"\"OutboxId\":{outboxId}}}", StringComparison.Ordinal)
                    )
            )
            {
                output.WriteLine("   " + line);
            }
        }

        Assert.Equal(Messages, received.Count);
        Assert.Equal(Enumerable.Range(1, Messages).Select(n => $"reader{n}@example.org").Order(), received.Order());
        Assert.True(sentByA > 0 && sentByB > 0, $"both senders should have worked (A {sentByA}, B {sentByB})");
        await using (var connection = new NpgsqlConnection(_database.ConnectionString))
        {
            await connection.OpenAsync();
            await using var unsent = new NpgsqlCommand(
                "SELECT count(*) FROM outbox_messages WHERE sent_at IS NULL AND subject LIKE 'Outbox message %'",
                connection
            );
            Assert.Equal(0L, (long)(await unsent.ExecuteScalarAsync())!);
        }
    }

    private async Task<bool> NothingLeftToSendAsync()
    {
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT NOT EXISTS (SELECT 1 FROM outbox_messages WHERE sent_at IS NULL AND subject LIKE 'Outbox message %')
               AND NOT EXISTS (SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND backend_type = 'client backend'
                               AND pid <> pg_backend_pid() AND xact_start IS NOT NULL)
            """,
            connection
        );
        return (bool)(await command.ExecuteScalarAsync())!;
    }

    private async Task SeedAsync()
    {
        // A member to write about and a confirmed participant, as the portal itself stores them.
        await using var factory = new PortalFactory(
            _database.ConnectionString,
            smtpPort: 1,
            new Dictionary<string, string?> { ["Portal:MigrateOnStartup"] = "false" }
        );
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<Data.Seed.DemoData>().LoadCampaignAsync(CancellationToken.None);
        var users =
            scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Web.Infrastructure.Identity.PortalUser>>();
        var created = await users.CreateAsync(
            new Web.Infrastructure.Identity.PortalUser
            {
                UserName = "amina@example.org",
                Email = "amina@example.org",
                EmailConfirmed = true,
                DisplayName = "Amina",
                CreatedAt = DateTimeOffset.UtcNow,
            },
            TestAccounts.Password
        );
        Assert.True(created.Succeeded);
    }

    private async Task<Instance> StartAsync(string name, int smtpPort)
    {
        var port = DatabaseOutageTests.FreePort();
        var dll = PortalDll();
        var start = new ProcessStartInfo("dotnet", [dll])
        {
            // The project folder is the content root, as in `dotnet run` (wwwroot, appsettings.json).
            WorkingDirectory = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(dll)!, "..", "..", "..")),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var settings = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
            ["ConnectionStrings__Portal"] = _database.ConnectionString,
            ["Portal__PublicBaseUrl"] = "https://portal.test",
            ["Portal__SecureCookies"] = "true",
            ["Portal__TrustForwardedHeaders"] = "true",
            ["Portal__SeedDemoData"] = "false",
            ["Portal__RateLimits__AccountPermitLimit"] = "100000",
            ["Portal__RateLimits__ContributionPermitLimit"] = "100000",
            ["Portal__RateLimits__PostsPerAddressPerMinute"] = "100000",
            ["Portal__Newsletter__Interval"] = "01:00:00",
            ["Email__Smtp__Host"] = "127.0.0.1",
            ["Email__Smtp__Port"] = smtpPort.ToString(CultureInfo.InvariantCulture),
            ["Email__Smtp__Security"] = "None",
            ["Email__PollInterval"] = "00:00:00.200",
            ["Serilog__MinimumLevel__Default"] = "Information",
        };
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start)!;
        var instance = new Instance(name, new Uri($"http://127.0.0.1:{port}"), process);
        _instances.Add(instance);
        process.OutputDataReceived += (_, line) => instance.Log.Enqueue(line.Data ?? "");
        process.ErrorDataReceived += (_, line) => instance.Log.Enqueue(line.Data ?? "");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var http = new HttpClient { BaseAddress = instance.Address };
        var ready = await Eventually.TryUntilAsync(
            async () =>
            {
                Assert.False(process.HasExited, $"instance {name} exited: {string.Join("\n", instance.Log.TakeLast(30))}");
                try
                {
                    using var answer = await http.GetAsync("/health/ready");
                    return answer.StatusCode == HttpStatusCode.OK;
                }
                catch (HttpRequestException)
                {
                    return false; // Not listening yet.
                }
            },
            TimeSpan.FromSeconds(90),
            TimeSpan.FromMilliseconds(250)
        );
        Assert.True(ready, $"instance {name} did not become ready: {string.Join("\n", instance.Log.TakeLast(30))}");
        return instance;
    }

    /// <summary>The portal as built next to these tests (same configuration), run as its own process.</summary>
    private static string PortalDll()
    {
        var configuration = AppContext.BaseDirectory.Contains(
            $"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}",
            StringComparison.Ordinal
        )
            ? "Release"
            : "Debug";
        var root = Path.GetDirectoryName(Path.GetDirectoryName(DatabaseOutageTests.FindScript("pg-private.sh")))!;
        var dll = Path.Combine(root, "src", "CoCreation.Web", "bin", configuration, "net10.0", "CoCreation.Web.dll");
        Assert.True(File.Exists(dll), $"{dll} not built");
        return dll;
    }

    private static string Token(string html) =>
        new HtmlParser()
            .ParseDocument(html)
            .QuerySelector("main input[name=__RequestVerificationToken], input[name=__RequestVerificationToken]")!
            .GetAttribute("value")!;

    private sealed class Instance(string name, Uri address, Process process) : IDisposable
    {
        public string Name => name;

        public Uri Address => address;

        public ConcurrentQueue<string> Log { get; } = new();

        public void Dispose()
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(10_000);
            }

            process.Dispose();
        }
    }

    /// <summary>
    /// A browser behind the TLS proxy: it says https (X-Forwarded-Proto) and keeps the __Host- cookies
    /// itself, for both instances alike (cookies belong to the host, not to the port).
    /// </summary>
    private sealed partial class Browser : IDisposable
    {
        private readonly Dictionary<string, string> _cookies = new(StringComparer.Ordinal);
        private readonly HttpClient _http = new(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false });

        public Task<Page> GetAsync(Instance instance, string path) =>
            SendAsync(new HttpRequestMessage(HttpMethod.Get, new Uri(instance.Address, path)));

        public Task<Page> PostAsync(Instance instance, string path, Dictionary<string, string> fields) =>
            SendAsync(
                new HttpRequestMessage(HttpMethod.Post, new Uri(instance.Address, path)) { Content = new FormUrlEncodedContent(fields) }
            );

        private async Task<Page> SendAsync(HttpRequestMessage request)
        {
            using (request)
            {
                request.Headers.Add("X-Forwarded-Proto", "https");
                if (_cookies.Count > 0)
                {
                    request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
                }

                using var response = await _http.SendAsync(request);
                if (response.Headers.TryGetValues("Set-Cookie", out var cookies))
                {
                    foreach (var cookie in cookies)
                    {
                        var match = CookiePair().Match(cookie);
                        if (cookie.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase))
                        {
                            _cookies.Remove(match.Groups[1].Value);
                        }
                        else
                        {
                            _cookies[match.Groups[1].Value] = match.Groups[2].Value;
                        }
                    }
                }

                return new Page(
                    response.StatusCode,
                    response.Headers.Location?.ToString() ?? "",
                    await response.Content.ReadAsStringAsync()
                );
            }
        }

        public void Dispose() => _http.Dispose();

        [GeneratedRegex("^([^=]+)=([^;]*)")]
        private static partial Regex CookiePair();
    }

    private sealed record Page(HttpStatusCode Status, string Location, string Body);
}
