using System.Diagnostics;
using System.Globalization;

namespace CoCreation.Bench;

/// <summary>
/// Downloads the whole submissions export (CSV, then JSON) while sampling the portal process's resident
/// memory (VmRSS in /proc/PID/status) every 20 ms, and prints the peak before, during each download and
/// after, and the resident size as the download progresses: a streamed export keeps it flat however many
/// rows there are. With <c>--paths /members/{code}/evidence.zip</c> it measures a member's evidence pack the same way
/// (a ZIP: its size and time, no rows to count).
/// </summary>
internal static class Memory
{
    /// <summary>Resident memory is also read each time another 2 MB of the download has arrived.</summary>
    private const long Step = 2 * 1024 * 1024;

    private static readonly double[] Quarters = [0.25, 0.5, 0.75, 1.0];

    public static async Task<int> RunAsync(string[] args)
    {
        var options = new Options(args);
        var url = options.Get("url").TrimEnd('/');
        var pid = options.GetInt("pid", 0);
        var paths = options.Get("paths", "/open-data/submissions.csv,/open-data/submissions.json").Split(',');
        if (!File.Exists($"/proc/{pid}/status"))
        {
            Console.Error.WriteLine($"memory: no process {pid}");
            return 1;
        }

        using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(10) };
        http.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        var results = new List<string>();
        var before = await PeakWhileAsync(pid, () => Task.Delay(TimeSpan.FromSeconds(2)));
        results.Add($"before {Mb(before.Peak)}");
        foreach (var path in paths)
        {
            long bytes = 0;
            var rows = new RowCounter(path.EndsWith(".csv", StringComparison.Ordinal));
            var progress = new List<(long Bytes, long Kb)>();
            var clock = Stopwatch.StartNew();
            var during = await PeakWhileAsync(pid, async () =>
            {
                using var response = await http.GetAsync(url + path, HttpCompletionOption.ResponseHeadersRead);
                response.EnsureSuccessStatusCode();
                await using var body = await response.Content.ReadAsStreamAsync();
                var buffer = new byte[64 * 1024];
                int read;
                while ((read = await body.ReadAsync(buffer)) > 0)
                {
                    if ((bytes + read) / Step > bytes / Step)
                    {
                        progress.Add((bytes + read, ResidentKb(pid)));
                    }

                    bytes += read;
                    rows.Read(buffer.AsSpan(0, read));
                }
            });
            progress.Add((bytes, during.Last));

            // Flat means the same memory a quarter of the way through as at the end: the resident size when
            // a quarter, half, three quarters and all of the file had arrived.
            var quarters = string.Join(" / ", Quarters.Select(q => Mb(progress.First(p => p.Bytes >= q * bytes).Kb)));
            var format = Path.GetExtension(path)[1..];
            var (megabytes, seconds) = (bytes / 1048576.0, clock.Elapsed.TotalSeconds);
            var size =
                format == "zip"
                    ? FormattableString.Invariant($"{megabytes:0.00} MB in {seconds:0.00} s")
                    : FormattableString.Invariant($"{megabytes:0.0} MB, {rows.Rows} rows in {seconds:0.0} s");
            results.Add($"{format} {Mb(during.Peak)} ({size}; at 1/4, 1/2, 3/4, all of it: {quarters})");
        }

        var after = await PeakWhileAsync(pid, () => Task.Delay(TimeSpan.FromSeconds(2)));
        results.Add($"after {Mb(after.Peak)}");

        // One line for bench.sh: peak resident memory of the portal, before / during each download / after.
        Console.WriteLine("memory: " + string.Join("; ", results));
        return 0;
    }

    internal static async Task<(long Peak, long Last)> PeakWhileAsync(int pid, Func<Task> work)
    {
        long peak = 0,
            last = 0;
        using var done = new CancellationTokenSource();
        var sampler = Task.Run(
            async () =>
            {
                while (!done.IsCancellationRequested)
                {
                    last = ResidentKb(pid);
                    peak = Math.Max(peak, last);
                    await Task.Delay(20, CancellationToken.None);
                }
            },
            CancellationToken.None
        );
        try
        {
            await work();
        }
        finally
        {
            await done.CancelAsync();
            await sampler;
        }

        last = ResidentKb(pid);
        return (Math.Max(peak, last), last);
    }

    internal static long ResidentKb(int pid)
    {
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
            }
        }

        return 0;
    }

    /// <summary>
    /// Counts the rows of a download as it arrives: CSV records (line ends outside quotes, less the header)
    /// or the objects of a JSON array (braces opened at depth one, outside strings).
    /// </summary>
    private sealed class RowCounter(bool csv)
    {
        private bool _quoted;
        private bool _escaped;
        private int _depth;
        private long _count;

        public long Rows => csv ? Math.Max(0, _count - 1) : _count;

        public void Read(ReadOnlySpan<byte> bytes)
        {
            foreach (var b in bytes)
            {
                if (csv)
                {
                    _quoted ^= b == '"';
                    _count += b == '\n' && !_quoted ? 1 : 0;
                }
                else if (_quoted)
                {
                    _quoted = _escaped || b != '"';
                    _escaped = !_escaped && b == '\\';
                }
                else
                {
                    _quoted = b == '"';
                    _count += b == '{' && _depth == 1 ? 1 : 0;
                    _depth +=
                        b is (byte)'{' or (byte)'[' ? 1
                        : b is (byte)'}' or (byte)']' ? -1
                        : 0;
                }
            }
        }
    }

    internal static string Mb(long kb) => FormattableString.Invariant($"{kb / 1024.0:0} MB");
}
