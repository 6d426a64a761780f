using System.Diagnostics;
using HdrHistogram;

namespace CoCreation.Bench;

/// <summary>
/// Open-loop load at a fixed rate: each request is due at its own moment whatever the earlier ones do,
/// and its latency counts from that moment (no coordinated omission). Prints p50, p99 and errors, and apart
/// from those the requests the portal shed (503 with Retry-After: counted as errors too) and the latency of the
/// ones it admitted (ok_p50, ok_p99), which is what the overload run at twice the peak judges.
/// A body may hold "{n}", replaced by a number unique to each request.
/// </summary>
internal static class Load
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = new Options(args);
        var url = new Uri(options.Get("url"));
        var rate = double.Parse(options.Get("rate"), System.Globalization.CultureInfo.InvariantCulture);
        var seconds = options.GetInt("seconds", 10);
        var body = options.Get("body", "");
        var cookie = options.Get("cookie", "");
        using var http = new HttpClient(
            new SocketsHttpHandler
            {
                UseCookies = false,
                AllowAutoRedirect = false,
                MaxConnectionsPerServer = options.GetInt("connections", 64),
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            }
        )
        {
            Timeout = TimeSpan.FromSeconds(30),
        };
        http.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        if (options.Get("header", "").Split(':', 2) is [var header, var value])
        {
            // E.g. "Accept-Encoding: br", as a browser asks; the response is read whole but not decompressed.
            http.DefaultRequestHeaders.TryAddWithoutValidation(header.Trim(), value.Trim());
        }

        var histogram = new LongConcurrentHistogram(1, TimeStamp.Seconds(60), 3);
        var admitted = new LongConcurrentHistogram(1, TimeStamp.Seconds(60), 3);
        var errors = 0;
        var shed = 0;
        var total = (int)(rate * seconds);
        var pending = new List<Task>(total);
        var clock = Stopwatch.StartNew();
        for (var n = 0; n < total; n++)
        {
            var due = TimeSpan.FromSeconds(n / rate);
            var wait = due - clock.Elapsed;
            if (wait > TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(wait);
            }

            var number = n;
            pending.Add(
                Task.Run(async () =>
                {
                    try
                    {
                        using var request = new HttpRequestMessage(body.Length == 0 ? HttpMethod.Get : HttpMethod.Post, url);
                        if (body.Length > 0)
                        {
                            request.Content = new StringContent(
                                body.Replace(
                                    "{n}",
                                    number.ToString("x12", System.Globalization.CultureInfo.InvariantCulture),
                                    StringComparison.Ordinal
                                ),
                                System.Text.Encoding.UTF8,
                                "application/x-www-form-urlencoded"
                            );
                        }

                        if (cookie.Length > 0)
                        {
                            request.Headers.Add("Cookie", Volatile.Read(ref cookie));
                        }

                        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead);
                        if (cookie.Length > 0 && response.Headers.TryGetValues("Set-Cookie", out var renewed))
                        {
                            // As a browser: the session cookie the portal renews replaces the old one.
                            Volatile.Write(ref cookie, Renew(Volatile.Read(ref cookie), renewed));
                        }
                        if ((int)response.StatusCode >= 400)
                        {
                            Interlocked.Increment(ref errors);
                        }

                        if (response.StatusCode == System.Net.HttpStatusCode.ServiceUnavailable && response.Headers.RetryAfter is not null)
                        {
                            Interlocked.Increment(ref shed);
                            histogram.RecordValue(Math.Max(1, (clock.Elapsed - due).Ticks / 10));
                            return;
                        }
                    }
                    catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                    {
                        Interlocked.Increment(ref errors);
                    }

                    var latency = Math.Max(1, (clock.Elapsed - due).Ticks / 10);
                    histogram.RecordValue(latency);
                    admitted.RecordValue(latency);
                })
            );
        }

        await Task.WhenAll(pending);
        var achieved = total / clock.Elapsed.TotalSeconds;
        var p50 = histogram.GetValueAtPercentile(50) / 1000.0;
        var p99 = histogram.GetValueAtPercentile(99) / 1000.0;
        var okP50 = admitted.TotalCount == 0 ? 0 : admitted.GetValueAtPercentile(50) / 1000.0;
        var okP99 = admitted.TotalCount == 0 ? 0 : admitted.GetValueAtPercentile(99) / 1000.0;
        Console.WriteLine(
            FormattableString.Invariant($"rate={achieved:0.0} sent={total} errors={errors} p50_ms={p50:0.00} p99_ms={p99:0.00} ")
                + FormattableString.Invariant($"shed={shed} ok_p50={okP50:0.00} ok_p99={okP99:0.00}")
        );
        return 0;
    }

    private static string Renew(string cookie, IEnumerable<string> setCookies)
    {
        var jar = cookie
            .Split("; ", StringSplitOptions.RemoveEmptyEntries)
            .Select(c => c.Split('=', 2))
            .ToDictionary(p => p[0], p => p.Length > 1 ? p[1] : "");
        foreach (var set in setCookies)
        {
            var pair = set.Split(';', 2)[0].Split('=', 2);
            if (jar.ContainsKey(pair[0]))
            {
                jar[pair[0]] = pair.Length > 1 ? pair[1] : "";
            }
        }

        return string.Join("; ", jar.Select(p => p.Key + "=" + p.Value));
    }
}
