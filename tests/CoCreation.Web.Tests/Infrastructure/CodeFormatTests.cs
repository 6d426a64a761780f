using System.Text.RegularExpressions;

namespace CoCreation.Web.Tests.Infrastructure;

/// <summary>
/// Issue 16 item 8: every line of C# and Razor fits the width the editor keeps (.editorconfig max_line_length), so a
/// diff reads side by side and nobody scrolls sideways. CSharpier wraps C#; Razor has no formatter, so this holds both.
/// </summary>
public sealed partial class CodeFormatTests
{
    private static readonly string[] Roots = ["src", "tests", "bench"];

    private static readonly string[] Extensions = [".cs", ".cshtml"];

    [Fact]
    public void No_line_of_csharp_or_razor_is_wider_than_the_editorconfig_limit()
    {
        var root = RepositoryFiles.Root;
        var limit = MaxLineLength(root);

        var wide = SourceFiles(root)
            .SelectMany(path =>
                File.ReadLines(path)
                    .Select((line, index) => (Line: index + 1, Columns: line.EnumerateRunes().Count()))
                    .Where(l => l.Columns > limit)
                    .Select(l => $"{Path.GetRelativePath(root, path)}:{l.Line} ({l.Columns} columns)")
            )
            .ToList();

        Assert.True(wide.Count == 0, $"{wide.Count} line(s) wider than {limit} columns:\n" + string.Join("\n", wide));
    }

    private static IEnumerable<string> SourceFiles(string root) =>
        Roots
            .Select(folder => Path.Combine(root, folder))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            .Where(path => Extensions.Contains(Path.GetExtension(path), StringComparer.Ordinal))
            .Where(path => !IsExcluded(Path.GetRelativePath(root, path)))
            .Order(StringComparer.Ordinal);

    // Build output, and the migrations EF generates (their snapshots hold long model lines as written).
    private static bool IsExcluded(string relativePath)
    {
        var segments = relativePath.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        return segments.Contains("bin")
            || segments.Contains("obj")
            || segments.Zip(segments.Skip(1)).Any(pair => pair is ("Data", "Migrations"));
    }

    /// <summary>The one number in .editorconfig, under the section that covers C# and Razor.</summary>
    private static int MaxLineLength(string root)
    {
        var editorConfig = File.ReadAllText(Path.Combine(root, ".editorconfig"));
        var section = CodeSection().Match(editorConfig);
        Assert.True(section.Success, ".editorconfig has no [*.{cs,cshtml}] section");
        var setting = MaxLineLengthSetting().Match(section.Groups["body"].Value);
        Assert.True(setting.Success, "the [*.{cs,cshtml}] section of .editorconfig sets no max_line_length");
        return int.Parse(setting.Groups["value"].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"^\[\*\.\{cs,cshtml\}\]\s*$(?<body>(?:\n(?!\[).*)*)", RegexOptions.Multiline)]
    private static partial Regex CodeSection();

    [GeneratedRegex(@"^\s*max_line_length\s*=\s*(?<value>\d+)\s*$", RegexOptions.Multiline)]
    private static partial Regex MaxLineLengthSetting();
}
