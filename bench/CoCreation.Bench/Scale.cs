using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Text.RegularExpressions;
using Npgsql;

namespace CoCreation.Bench;

/// <summary>
/// The client side of scripts/scale-check.sh: two portal instances on one database behind nginx. Checks what
/// a person would notice when an instance restarts or another one serves them: a session started on one is
/// honoured by the other; pages keep answering while one instance stops (SIGTERM) and starts again, the
/// restart being the <c>--restart</c> command, run in the middle of the load; each confirmed proposal is stored
/// exactly once (a failed post is sent again with the same idempotency key, as a person clicks again); a
/// change made through one instance shows on a page the other serves within a second. Prints the figures and
/// returns 1 on any failure.
/// </summary>
internal static partial class Scale
{
    private static readonly string[] ReadPaths = ["/", "/submissions", "/members", "/members/ar", "/events", "/submissions?Q=open"];

    public static async Task<int> RunAsync(string[] args)
    {
        var options = new Options(args);
        var proxy = new Uri(options.Get("proxy"));
        var instances = options.Get("instances").Split(',').Select(u => new Uri(u)).ToArray();
        var connection = options.Get("connection");
        var gets = options.GetInt("gets", 300);
        var posts = options.GetInt("posts", 30);
        var rate = options.GetInt("rate", 30);
        var restart = options.Get("restart");
        var (email, password) = (options.Get("email"), options.Get("password"));
        var (adminEmail, adminPassword) = (options.Get("admin-email"), options.Get("admin-password"));
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        Browser.Certificate = X509Certificate2.CreateFromPem(File.ReadAllText(options.Get("proxy-certificate")));
        var failures = new List<string>();
        var clock = Stopwatch.StartNew();

        // 1. A session started on one instance works on the other (Data Protection keys shared in PostgreSQL).
        using var onFirst = await Browser.SignInAsync(instances[0], email, password);
        var (_, formOnSecond) = await onFirst.GetAsync(new Uri(instances[1], "/submissions/submit"));
        if (formOnSecond != HttpStatusCode.OK)
        {
            failures.Add($"a session started on {instances[0]} got {(int)formOnSecond} from {instances[1]} for the submission form");
        }

        // 2. Load through nginx while the second instance stops gracefully and starts again.
        using var visitor = Browser.Anonymous(proxy);
        using var participant = await Browser.SignInAsync(proxy, email, password);
        var (form, _) = await participant.GetAsync(new Uri(proxy, "/submissions/submit"));
        var token = Browser.TokenIn(form);
        var load = new LoadFigures();
        var confirmed = new System.Collections.Concurrent.ConcurrentBag<Guid>();
        var total = gets + posts;
        var pending = new List<Task>();
        Task<int>? restarting = null;
        var loadClock = Stopwatch.StartNew();
        for (var n = 0; n < total; n++)
        {
            var due = TimeSpan.FromSeconds(n / (double)rate);
            if (due - loadClock.Elapsed is { TotalMilliseconds: > 1 } wait)
            {
                await Task.Delay(wait);
            }

            if (restarting is null && n >= total / 4)
            {
                restarting = RunShellAsync(restart);
            }

            var isPost = n % Math.Max(1, total / Math.Max(1, posts)) == 0 && load.PostsSent < posts;
            if (isPost)
            {
                Interlocked.Increment(ref load.PostsSent);
                pending.Add(PostProposalAsync(participant, proxy, token, load, confirmed));
            }
            else
            {
                pending.Add(GetPageAsync(visitor, new Uri(proxy, ReadPaths[n % ReadPaths.Length]), load));
            }
        }

        // Keep reading until the restarted instance is back, so that it takes its share again.
        var restartedOk = await (restarting ?? RunShellAsync(restart)) == 0;
        var after = loadClock.Elapsed;
        for (var n = 0; loadClock.Elapsed - after < TimeSpan.FromSeconds(2); n++)
        {
            pending.Add(GetPageAsync(visitor, new Uri(proxy, ReadPaths[n % ReadPaths.Length]), load));
            await Task.Delay(1000 / rate);
        }

        await Task.WhenAll(pending);
        if (!restartedOk)
        {
            failures.Add("the second instance did not stop and start again (see the restart command's output)");
        }

        if (load.GetFailures > 0)
        {
            failures.Add($"{load.GetFailures} of {load.GetsSent} GETs failed through nginx: {string.Join("; ", load.Examples.Take(3))}");
        }

        // 3. Every confirmed proposal stored exactly once, none of the unconfirmed ones stored twice.
        var stored = await StoredAsync(connection, load.Keys.ToArray());
        var duplicates = stored.Values.Count(c => c > 1);
        var missing = confirmed.Count(k => !stored.ContainsKey(k));
        if (duplicates > 0 || missing > 0 || confirmed.Count < posts)
        {
            failures.Add(
                $"proposals: {confirmed.Count} of {posts} confirmed, {missing} confirmed but not stored, {duplicates} stored more than once"
            );
        }

        // The restarted instance honours the session too (it read the keys back from PostgreSQL).
        var (_, afterRestart) = await onFirst.GetAsync(new Uri(instances[1], "/submissions/submit"));
        if (afterRestart != HttpStatusCode.OK)
        {
            failures.Add($"after its restart, {instances[1]} answered {(int)afterRestart} to a session started on {instances[0]}");
        }

        // 4. A change through the first instance shows on the second's cached public page within a second.
        var seen = await ChangeIsSeenAsync(instances, adminEmail, adminPassword, failures);

        var sessions = formOnSecond == HttpStatusCode.OK && afterRestart == HttpStatusCode.OK ? "works" : "FAILS";
        var seenAfter = seen is { } s ? $"after {s.TotalMilliseconds:0} ms" : "NOT within 1 s";
        Console.WriteLine(
            (
                $"scale check: {load.GetsSent} GETs through nginx, {load.GetFailures} failed; {load.PostsSent} proposals posted, "
                + $"{confirmed.Count} confirmed, {load.PostRetries} sent again, {stored.Count} stored, {duplicates} duplicates; "
                + $"instance 2 stopped (SIGTERM) and started during the load; a session from instance 1 "
                + $"{sessions} on instance 2; "
                + $"a change through instance 1 seen on instance 2 {seenAfter}; "
                + $"{clock.Elapsed.TotalSeconds:0.0} s"
            )
        );
        foreach (var failure in failures)
        {
            Console.Error.WriteLine("scale check FAILED: " + failure);
        }

        return failures.Count == 0 ? 0 : 1;
    }

    private static async Task GetPageAsync(Browser visitor, Uri url, LoadFigures load)
    {
        Interlocked.Increment(ref load.GetsSent);
        try
        {
            var (_, status) = await visitor.GetAsync(url);
            if (status != HttpStatusCode.OK)
            {
                load.Fail($"{url.PathAndQuery}: {(int)status}");
            }
        }
        catch (HttpRequestException ex)
        {
            load.Fail($"{url.PathAndQuery}: {ex.Message}");
        }
    }

    /// <summary>Posts a proposal and, when no answer confirms it, sends it again with the same key (a person's second click).</summary>
    private static async Task PostProposalAsync(
        Browser participant,
        Uri proxy,
        string token,
        LoadFigures load,
        System.Collections.Concurrent.ConcurrentBag<Guid> confirmed
    )
    {
        var key = Guid.NewGuid();
        load.Keys.Add(key);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            if (attempt > 0)
            {
                Interlocked.Increment(ref load.PostRetries);
                await Task.Delay(500);
            }

            try
            {
                var (status, location) = await participant.PostAsync(
                    new Uri(proxy, "/submissions/submit"),
                    new Dictionary<string, string>
                    {
                        ["Data.MemberCode"] = "AR",
                        ["Data.Kind"] = "CommitmentProposal",
                        ["Data.Language"] = "es",
                        ["Data.Title"] = "Publicar los contratos de obra pública",
                        ["Data.Problem"] = "Los contratos no se publican a tiempo.",
                        ["Data.ProposedCommitment"] = "Publicarlos en datos abiertos cada mes.",
                        ["Data.PolicyArea"] = "open-contracting",
                        ["Data.IdempotencyKey"] = key.ToString(),
                        ["__RequestVerificationToken"] = token,
                    }
                );
                if (status == HttpStatusCode.Found && location?.StartsWith("/submissions/", StringComparison.Ordinal) == true)
                {
                    confirmed.Add(key);
                    return;
                }
            }
            catch (HttpRequestException) { }
        }
    }

    private static async Task<Dictionary<Guid, int>> StoredAsync(string connection, Guid[] keys)
    {
        await using var db = new NpgsqlConnection(connection);
        await db.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT idempotency_key, count(*)::int FROM submissions WHERE idempotency_key = ANY(@keys) GROUP BY idempotency_key",
            db
        );
        command.Parameters.AddWithValue("keys", keys);
        var stored = new Dictionary<Guid, int>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            stored[reader.GetGuid(0)] = reader.GetInt32(1);
        }

        return stored;
    }

    /// <summary>
    /// An administrator renames a member through the first instance; an anonymous visitor of the second instance,
    /// whose copy of the member page is cached, must see the new name within a second.
    /// </summary>
    private static async Task<TimeSpan?> ChangeIsSeenAsync(Uri[] instances, string email, string password, List<string> failures)
    {
        using var visitor = Browser.Anonymous(instances[1]);
        var page = new Uri(instances[1], "/members/ar");
        await visitor.GetAsync(page);
        await visitor.GetAsync(page);

        using var admin = await Browser.SignInAsync(instances[0], email, password);
        var (editForm, status) = await admin.GetAsync(new Uri(instances[0], "/members/ar/edit"));
        if (status != HttpStatusCode.OK)
        {
            failures.Add($"the administrator got {(int)status} for the member's edit form");
            return null;
        }

        var fields = Browser.FieldsOf(editForm);
        var nameField = fields.Keys.FirstOrDefault(k =>
            k.StartsWith("Data.Name", StringComparison.Ordinal) && k.EndsWith("En", StringComparison.Ordinal)
        );
        if (nameField is null)
        {
            failures.Add("the member's edit form has no English name field");
            return null;
        }

        var name = "Argentina " + DateTime.UtcNow.ToString("HHmmss.fff", CultureInfo.InvariantCulture);
        fields[nameField] = name;
        var (saved, _) = await admin.PostAsync(new Uri(instances[0], "/members/ar/edit"), fields);
        var changed = Stopwatch.StartNew();
        if (saved != HttpStatusCode.Found)
        {
            failures.Add($"saving the member answered {(int)saved}");
            return null;
        }

        while (changed.Elapsed < TimeSpan.FromSeconds(1))
        {
            var (html, _) = await visitor.GetAsync(page);
            if (html.Contains(name, StringComparison.Ordinal))
            {
                return changed.Elapsed;
            }

            await Task.Delay(20);
        }

        failures.Add("a member renamed through instance 1 still had its old name on instance 2 after 1 s");
        return null;
    }

    private static async Task<int> RunShellAsync(string command)
    {
        using var process = Process.Start(new ProcessStartInfo("bash", ["-c", command]) { UseShellExecute = false })!;
        await process.WaitForExitAsync();
        return process.ExitCode;
    }

    private sealed class LoadFigures
    {
        public int GetsSent;
        public int PostsSent;
        public int GetFailures;
        public int PostRetries;
        public readonly System.Collections.Concurrent.ConcurrentBag<Guid> Keys = [];
        public readonly System.Collections.Concurrent.ConcurrentQueue<string> Examples = new();

        public void Fail(string example)
        {
            Interlocked.Increment(ref GetFailures);
            Examples.Enqueue(example);
        }
    }

    /// <summary>A cookie jar and the proxy's word that the visitor came over HTTPS, as the portal sees a browser.</summary>
    private sealed partial class Browser : IDisposable
    {
        /// <summary>nginx's certificate, a throwaway one made for the check: the only one accepted.</summary>
        public static X509Certificate2? Certificate { get; set; }

        private readonly HttpClient http;
        private readonly Dictionary<string, string> cookies = [];
        private readonly Lock gate = new();

        private Browser(Uri origin)
        {
            http = new HttpClient(
                new SocketsHttpHandler
                {
                    UseCookies = false,
                    AllowAutoRedirect = false,
                    SslOptions =
                    {
                        RemoteCertificateValidationCallback = (_, certificate, _, _) =>
                            certificate is not null
                            && Certificate is not null
                            && certificate.GetRawCertData().AsSpan().SequenceEqual(Certificate.RawData),
                    },
                }
            )
            {
                Timeout = TimeSpan.FromSeconds(30),
            };
            if (origin.Scheme == Uri.UriSchemeHttp)
            {
                // Straight to an instance, past the proxy: say what nginx would say.
                http.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
            }
        }

        public static Browser Anonymous(Uri origin) => new(origin);

        public void Dispose() => http.Dispose();

        public static async Task<Browser> SignInAsync(Uri origin, string email, string password)
        {
            var browser = new Browser(origin);
            var (page, _) = await browser.GetAsync(new Uri(origin, "/account/sign-in"));
            var (status, _) = await browser.PostAsync(
                new Uri(origin, "/account/sign-in"),
                new Dictionary<string, string>
                {
                    ["Data.Email"] = email,
                    ["Data.Password"] = password,
                    ["__RequestVerificationToken"] = TokenIn(page),
                }
            );
            if (status != HttpStatusCode.Found)
            {
                browser.Dispose();
                throw new InvalidOperationException($"scale check: signing {email} in at {origin} answered {(int)status}");
            }

            return browser;
        }

        public async Task<(string Html, HttpStatusCode Status)> GetAsync(Uri url)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            using var response = await SendAsync(request);
            return (await response.Content.ReadAsStringAsync(), response.StatusCode);
        }

        public async Task<(HttpStatusCode Status, string? Location)> PostAsync(Uri url, Dictionary<string, string> fields)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(fields) };
            using var response = await SendAsync(request);
            return (response.StatusCode, response.Headers.Location?.ToString());
        }

        private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
        {
            lock (gate)
            {
                if (cookies.Count > 0)
                {
                    request.Headers.Add("Cookie", string.Join("; ", cookies.Select(c => c.Key + "=" + c.Value)));
                }
            }

            var response = await http.SendAsync(request);
            if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
            {
                lock (gate)
                {
                    foreach (var setCookie in setCookies)
                    {
                        var pair = setCookie.Split(';')[0].Split('=', 2);
                        cookies[pair[0]] = pair[1];
                    }
                }
            }

            return response;
        }

        public static string TokenIn(string html) => WebUtility.HtmlDecode(TokenField().Match(html).Groups[1].Value);

        /// <summary>What a browser would post back from the page's form: inputs, checked boxes, text areas, chosen options.</summary>
        public static Dictionary<string, string> FieldsOf(string html)
        {
            var fields = new Dictionary<string, string>();
            foreach (Match input in InputTag().Matches(html))
            {
                var tag = input.Value;
                var name = Attribute(tag, "name");
                var type = Attribute(tag, "type") ?? "text";
                if (
                    name is null
                    || type is "submit" or "button"
                    || (type is "checkbox" or "radio" && !tag.Contains(" checked", StringComparison.Ordinal))
                )
                {
                    continue;
                }

                fields.TryAdd(name, Attribute(tag, "value") ?? (type == "checkbox" ? "on" : ""));
            }

            foreach (Match area in TextArea().Matches(html))
            {
                fields[WebUtility.HtmlDecode(area.Groups[1].Value)] = WebUtility.HtmlDecode(area.Groups[2].Value);
            }

            foreach (Match select in Select().Matches(html))
            {
                var chosen = Option()
                    .Matches(select.Groups[2].Value)
                    .FirstOrDefault(o => o.Value.Contains(" selected", StringComparison.Ordinal));
                fields[WebUtility.HtmlDecode(select.Groups[1].Value)] = chosen is null ? "" : Attribute(chosen.Value, "value") ?? "";
            }

            return fields;
        }

        private static string? Attribute(string tag, string name)
        {
            var match = Regex.Match(tag, "\\s" + name + "=\"([^\"]*)\"");
            return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
        }

        [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
        private static partial Regex TokenField();

        [GeneratedRegex("<input\\b[^>]*>")]
        private static partial Regex InputTag();

        [GeneratedRegex("<textarea\\b[^>]*\\sname=\"([^\"]+)\"[^>]*>(.*?)</textarea>", RegexOptions.Singleline)]
        private static partial Regex TextArea();

        [GeneratedRegex("<select\\b[^>]*\\sname=\"([^\"]+)\"[^>]*>(.*?)</select>", RegexOptions.Singleline)]
        private static partial Regex Select();

        [GeneratedRegex("<option\\b[^>]*>")]
        private static partial Regex Option();
    }
}
