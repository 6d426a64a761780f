using System.Globalization;
using Microsoft.Diagnostics.Tracing.Etlx;
using Microsoft.Diagnostics.Tracing.EventPipe;

namespace CoCreation.Bench;

/// <summary>
/// Reads a CPU profile recorded by <c>dotnet-trace collect</c> (the runtime's sample profiler: every managed
/// thread's stack about every 10 ms) and prints, in markdown, where the portal spent its CPU: the frames most
/// often on top of the stack (exclusive), on the stack at all (inclusive), and the portal's own code
/// (CoCreation.*) by inclusive time. Only the samples of threads that were running managed code count:
/// a thread waiting for PostgreSQL or for work is sampled too, but as "external", and costs no CPU. Native code
/// (the GC, the JIT's helpers, the runtime's stubs) has no name here: it shows as "(native or unnamed code)".
/// </summary>
internal static class Profile
{
    public static Task<int> RunAsync(string[] args)
    {
        var options = new Options(args);
        var trace = options.Get("trace");
        var title = options.Get("title", Path.GetFileNameWithoutExtension(trace));
        var top = options.GetInt("top", 20);
        var summary = options.Get("summary", "");

        var etlx = TraceLog.CreateFromEventPipeDataFile(trace, Path.ChangeExtension(trace, ".etlx"));
        using var log = new TraceLog(etlx);
        var (running, external) = (0, 0);
        var exclusive = new Dictionary<string, int>(StringComparer.Ordinal);
        var inclusive = new Dictionary<string, int>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        // For the frames on top of the stack: the few frames that called them, so a wait or a lock names its owner.
        var callers = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var chain = new List<string>();
        var layers = new Dictionary<string, int>(StringComparer.Ordinal);
        // The frames that named each layer: which view, query or handler of the layer the samples fell in.
        var claimants = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var source = log.Events.GetSource();
        var profiler = new SampleProfilerTraceEventParser(source);
        profiler.ThreadSample += sample =>
        {
            if (sample.Type != ClrThreadSampleType.Managed)
            {
                external++;
                return;
            }

            if (sample.CallStack() is not { } stack)
            {
                return;
            }

            running++;
            seen.Clear();
            chain.Clear();
            string? top = null;
            string? layer = null;
            string? socket = null;
            string? claimant = null;
            var leaf = true;
            for (var frame = stack; frame is not null; frame = frame.Caller)
            {
                var name = NameOf(frame.CodeAddress);
                // A thread the sampler stopped in managed code waits at a GC poll while its stack is taken: the
                // poll is the sampler's doing, the CPU was the caller's.
                if (leaf && name.Contains("PollGC", StringComparison.Ordinal))
                {
                    continue;
                }

                if (leaf)
                {
                    exclusive[name] = exclusive.GetValueOrDefault(name) + 1;
                    top = name;
                    leaf = false;
                }
                else if (chain.Count < CallerDepth && name != top && (chain.Count == 0 || chain[^1] != name))
                {
                    chain.Add(Short(name));
                }

                // A socket's frames count for whoever called them (Npgsql or Kestrel), and for the sockets only when
                // nobody else on the stack is named.
                if (LayerOf(name) is { } named)
                {
                    if (named == SocketLayer)
                    {
                        socket ??= named;
                    }
                    else if (layer is null)
                    {
                        layer = named;
                        claimant = Short(name);
                    }
                }

                // A recursive method counts once per sample.
                if (seen.Add(name))
                {
                    inclusive[name] = inclusive.GetValueOrDefault(name) + 1;
                }
            }
            layer ??= socket ?? "runtime (thread pool, GC, native code)";
            layers[layer] = layers.GetValueOrDefault(layer) + 1;
            if (claimant is not null)
            {
                var byFrame = claimants.TryGetValue(layer, out var frames) ? frames : claimants[layer] = new(StringComparer.Ordinal);
                byFrame[claimant] = byFrame.GetValueOrDefault(claimant) + 1;
            }
            if (top is not null)
            {
                var calls = callers.TryGetValue(top, out var known) ? known : callers[top] = new(StringComparer.Ordinal);
                var path = chain.Count == 0 ? "(no caller)" : string.Join(" ← ", chain);
                calls[path] = calls.GetValueOrDefault(path) + 1;
            }
        };
        source.Process();

        string Share(int count) => (100.0 * count / Math.Max(1, running)).ToString("0.0", CultureInfo.InvariantCulture) + " %";
        void Table(string heading, IEnumerable<KeyValuePair<string, int>> rows)
        {
            Console.WriteLine();
            Console.WriteLine("#### " + heading);
            Console.WriteLine();
            Console.WriteLine("| frame | CPU samples | share |");
            Console.WriteLine("|---|---:|---:|");
            foreach (var (name, count) in rows.OrderByDescending(r => r.Value).Take(top))
            {
                Console.WriteLine($"| `{name.Replace("|", "\\|", StringComparison.Ordinal)}` | {count} | {Share(count)} |");
            }
        }

        Console.WriteLine($"### {title}");
        Console.WriteLine();
        Console.WriteLine(
            $"{running} samples of threads running managed code ({external} more of threads waiting, not counted), "
                + $"over {log.SessionDuration.TotalSeconds:0.0} s."
        );
        if (running == 0)
        {
            Console.WriteLine();
            Console.WriteLine("No sample of a thread running managed code: nothing to show.");
        }
        else
        {
            Console.WriteLine();
            Console.WriteLine("#### Where the CPU went, by layer (the first frame from the top of the stack that names one)");
            Console.WriteLine();
            Console.WriteLine("| layer | CPU samples | share | its frames with most samples |");
            Console.WriteLine("|---|---:|---:|---|");
            foreach (var (name, count) in layers.OrderByDescending(l => l.Value))
            {
                var frames = claimants.TryGetValue(name, out var byFrame)
                    ? string.Join(
                        "; ",
                        byFrame
                            .OrderByDescending(f => f.Value)
                            .Take(3)
                            .Select(f => $"`{f.Key.Replace("|", "\\|", StringComparison.Ordinal)}` {Share(f.Value)}")
                    )
                    : "";
                Console.WriteLine($"| {name} | {count} | {Share(count)} | {frames} |");
            }

            Table("Exclusive (on top of the stack)", exclusive);
            Table("Inclusive (anywhere on the stack)", inclusive);
            Table("The portal's own code, inclusive", inclusive.Where(f => f.Key.StartsWith("CoCreation.", StringComparison.Ordinal)));
            Console.WriteLine();
            Console.WriteLine("#### Who called the five hottest exclusive frames (the nearest callers, most frequent paths)");
            Console.WriteLine();
            Console.WriteLine("| frame | called from | CPU samples | share |");
            Console.WriteLine("|---|---|---:|---:|");
            foreach (var (name, _) in exclusive.OrderByDescending(r => r.Value).Take(5))
            {
                foreach (var (path, count) in callers[name].OrderByDescending(c => c.Value).Take(3))
                {
                    var cell = path.Replace("|", "\\|", StringComparison.Ordinal);
                    Console.WriteLine($"| `{Short(name)}` | {cell} | {count} | {Share(count)} |");
                }
            }
        }

        if (summary.Length > 0)
        {
            // One line for bench.sh's printed summary: the four largest layers and the hottest exclusive frame. (The portal's
            // own code by inclusive time is left to the file: its top is always the outermost page filter, which wraps the
            // whole page and so says nothing of where the time goes.)
            var hottest = exclusive.OrderByDescending(f => f.Value).FirstOrDefault();
            var split = string.Join(", ", layers.OrderByDescending(l => l.Value).Take(4).Select(l => $"{l.Key} {Share(l.Value)}"));
            File.WriteAllText(
                summary,
                running == 0
                    ? $"{title}: no CPU sample"
                    : $"{title}: {running} CPU samples; by layer: {split}; hottest exclusive {hottest.Key} {Share(hottest.Value)}"
            );
        }

        File.Delete(etlx);
        return Task.FromResult(0);
    }

    private const int CallerDepth = 4;

    // The layers a request's CPU can be spent in, by the namespace of a frame; the first frame from the top of the stack
    // that matches one names the sample's layer (a socket send under Npgsql counts for the driver, a copy under EF for EF).
    private const string SocketLayer = "sockets (the I/O loop, sends and receives no one else on the stack claims)";

    private static readonly (string Prefix, string Layer)[] Layers =
    [
        ("Npgsql.", "PostgreSQL driver (Npgsql: commands, reading rows)"),
        ("Microsoft.EntityFrameworkCore.", "EF Core (queries, materializing rows)"),
        ("Microsoft.AspNetCore.Mvc.Razor", "Razor rendering (views, tag helpers)"),
        ("Microsoft.AspNetCore.Razor.", "Razor rendering (views, tag helpers)"),
        ("Microsoft.AspNetCore.Mvc.TagHelpers.", "Razor rendering (views, tag helpers)"),
        ("Microsoft.AspNetCore.Mvc.ViewFeatures.", "Razor rendering (views, tag helpers)"),
        ("Microsoft.AspNetCore.Html.", "Razor rendering (views, tag helpers)"),
        ("Microsoft.AspNetCore.Server.Kestrel.", "HTTP server (Kestrel)"),
        ("System.IO.Pipelines.", "HTTP server (Kestrel)"),
        ("System.Net.Sockets.", SocketLayer),
        ("Serilog.", "logging (Serilog)"),
        ("FluentValidation.", "mediator and validation"),
        ("Mediator.", "mediator and validation"),
        ("CoCreation.", "portal's own code (handlers, filters, middleware, tag helpers)"),
        ("Microsoft.AspNetCore.", "ASP.NET Core pipeline (routing, MVC, middleware)"),
        ("Microsoft.Extensions.", "ASP.NET Core pipeline (routing, MVC, middleware)"),
    ];

    private static string? LayerOf(string frame)
    {
        // A compiled Razor view is a class Pages_<folder>_<page> in the portal's assembly.
        if (frame.StartsWith("CoCreation.Web.Pages.", StringComparison.Ordinal) && frame.Contains(".Pages_", StringComparison.Ordinal))
        {
            return "Razor rendering (views, tag helpers)";
        }

        foreach (var (prefix, layer) in Layers)
        {
            if (frame.StartsWith(prefix, StringComparison.Ordinal))
            {
                return layer;
            }
        }

        return null;
    }

    /// <summary>Type.Method without the namespace, for the caller paths.</summary>
    private static string Short(string name)
    {
        var method = name.LastIndexOf('.');
        var type = method > 0 ? name.LastIndexOf('.', method - 1) : -1;
        return type >= 0 && !name.Contains('`', StringComparison.Ordinal) ? name[(type + 1)..] : name;
    }

    /// <summary>Namespace.Type.Method without the parameter list, or the module when the method is not known.</summary>
    private static string NameOf(TraceCodeAddress address)
    {
        var name = address.FullMethodName;
        if (string.IsNullOrEmpty(name))
        {
            return address.ModuleName is { Length: > 0 } module ? module + "!(native or unnamed code)" : "(native or unnamed code)";
        }

        var parameters = name.IndexOf('(', StringComparison.Ordinal);
        return parameters > 0 ? name[..parameters] : name;
    }
}
