using System.Diagnostics;
using System.Text.Json;

namespace CoCreation.Testing;

/// <summary>
/// The Nu HTML Checker (vnu.jar, installed by scripts/ensure-vnu.sh and named by COCREATION_VNU_JAR)
/// over a set of pages at once: one Java start for all of them. Returns one line per error, naming the
/// page, the line and the message; an empty list means every page is valid HTML.
/// </summary>
public static class HtmlChecker
{
    public static async Task<IReadOnlyList<string>> ErrorsAsync(IReadOnlyList<(string Address, string Html)> pages)
    {
        if (pages.Count == 0)
        {
            return [];
        }

        var jar = Environment.GetEnvironmentVariable("COCREATION_VNU_JAR");
        if (string.IsNullOrEmpty(jar) || !File.Exists(jar))
        {
            throw new InvalidOperationException(
                "No Nu HTML Checker: run ./test.sh (scripts/ensure-vnu.sh installs it), or set COCREATION_VNU_JAR to vnu.jar."
            );
        }

        var folder = Directory.CreateTempSubdirectory("vnu-");
        try
        {
            var files = new Dictionary<string, string>();
            for (var i = 0; i < pages.Count; i++)
            {
                var file = Path.Combine(folder.FullName, $"page-{i:000}.html");
                await File.WriteAllTextAsync(file, pages[i].Html);
                files[file] = pages[i].Address;
            }

            var start = new ProcessStartInfo("java") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[] { "-Xss8m", "-jar", jar, "--errors-only", "--format", "json", "--stdout" }.Concat(files.Keys))
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            var json = await output;
            if (string.IsNullOrWhiteSpace(json))
            {
                throw new InvalidOperationException("vnu.jar printed nothing: " + await errors);
            }

            using var report = JsonDocument.Parse(json);
            return report
                .RootElement.GetProperty("messages")
                .EnumerateArray()
                .Where(m => m.GetProperty("type").GetString() == "error")
                .Select(m =>
                {
                    var url = m.TryGetProperty("url", out var u) ? u.GetString() ?? "" : "";
                    var address =
                        Uri.TryCreate(url, UriKind.Absolute, out var file) && files.TryGetValue(file.LocalPath, out var a) ? a : url;
                    var line = m.TryGetProperty("lastLine", out var l) ? l.GetInt32() : 0;
                    var extract = m.TryGetProperty("extract", out var e) ? e.GetString() : "";
                    return $"{address} line {line}: {m.GetProperty("message").GetString()} [{extract}]";
                })
                .ToList();
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
