using System.Text;

namespace CoCreation.Web.Tests.Infrastructure.Fuzz;

/// <summary>
/// One generated value: either text (sent as UTF-8) or raw bytes that are no valid UTF-8 at all, sent
/// percent-escaped (%FF) or as the bare bytes in the body, as a broken client or an attacker would.
/// </summary>
public sealed record FuzzValue(string Kind, string? Text, byte[]? Raw = null, bool Escaped = true)
{
    /// <summary>For the failure report: short, printable.</summary>
    public string Describe()
    {
        if (Raw is not null)
        {
            var more = Raw.Length > 24 ? $"… ({Raw.Length} bytes)" : "";
            return $"{Kind}: bytes {Convert.ToHexString(Raw.Take(24).ToArray())}{more} {(Escaped ? "escaped" : "raw")}";
        }

        var text = Text ?? "";
        var shown = new StringBuilder();
        foreach (var c in text.Take(60))
        {
            shown.Append(c < ' ' || c is '\u007f' || char.IsSurrogate(c) || c is '\u202e' or '\u200b' ? $"\\u{(int)c:x4}" : c.ToString());
        }

        return $"{Kind}: \"{shown}\"{(text.Length > 60 ? $"… ({text.Length} chars)" : "")}";
    }

    /// <summary>The value as it appears in an application/x-www-form-urlencoded body or a query string.</summary>
    public byte[] Encode() =>
        Raw switch
        {
            null => Percent(Encoding.UTF8.GetBytes(Text ?? "")),
            _ when Escaped => Percent(Raw),
            _ => Raw.Select(b => b is (byte)'&' or (byte)'=' or (byte)'+' or (byte)'%' or (byte)'#' ? Percent([b]) : [b])
                .SelectMany(b => b)
                .ToArray(),
        };

    public static byte[] Percent(byte[] bytes)
    {
        var result = new List<byte>(bytes.Length * 3);
        foreach (var b in bytes)
        {
            if (
                b
                is >= (byte)'a'
                    and <= (byte)'z'
                    or >= (byte)'A'
                    and <= (byte)'Z'
                    or >= (byte)'0'
                    and <= (byte)'9'
                    or (byte)'-'
                    or (byte)'_'
                    or (byte)'.'
                    or (byte)'~'
            )
            {
                result.Add(b);
            }
            else
            {
                result.AddRange(Encoding.ASCII.GetBytes($"%{b:X2}"));
            }
        }

        return [.. result];
    }

    /// <summary>Readable text a person could have typed (no controls, no broken UTF-16, not huge): the form must give it back.</summary>
    public bool IsTypable =>
        Raw is null
        && Text is { Length: > 0 and < 2000 } text
        && CoCreation.Web.Infrastructure.Mediator.UnreadableText.IsReadable(text)
        && !text.Contains('\r')
        && text.Trim() == text;
}

/// <summary>What a form control expects, read from its HTML: it steers which generators are tried most.</summary>
public enum FieldKind
{
    Text,
    Number,
    Date,
    DateTime,
    Choice,
    Flag,
    Email,
    Url,
    Hidden,
    Password,
    File,
}

/// <summary>
/// Seeded generators of bad input (repeatable by seed): empty, huge, control characters, invalid UTF-8,
/// wrong types, unknown enum names, negative and overflowing numbers, dates out of range, HTML/SQL,
/// unicode edge cases, other people's ids.
/// </summary>
public sealed class FuzzValues(Random random, IReadOnlyList<string> otherPeoplesIds)
{
    private static readonly string[] Controls =
    [
        "\0",
        "a\0b",
        "\a\b\f\v",
        "\u001b[31mred\u001b[0m",
        "\u007f",
        "\u0085",
        "tab\tand\nnewline",
        "\u0001\u0002\u0003",
        "\r\n\r\n",
    ];

    private static readonly byte[][] BadUtf8 =
    [
        [0xFF],
        [0xFE, 0xFF],
        [0xC0, 0xAF],
        [0xE0, 0x80, 0xAF],
        [0xED, 0xA0, 0x80],
        [0xF4, 0x90, 0x80, 0x80],
        [0x80],
        [0xC3],
        [(byte)'a', 0xFF, (byte)'b'],
        [0xEF, 0xBB, 0xBF],
        [0xF8, 0x88, 0x80, 0x80, 0x80],
        [0x00],
        [0xC3, 0x28],
    ];

    private static readonly string[] WrongTypes =
    [
        "abc",
        "1e400",
        "NaN",
        "Infinity",
        "-Infinity",
        "true",
        "false",
        "null",
        "undefined",
        "[]",
        "{}",
        "{\"a\":1}",
        "0x1F",
        "1_000",
        "١٢٣",
        "½",
        "1/0",
        "💯",
        " ",
        "on",
        "yes",
    ];

    private static readonly string[] Numbers =
    [
        "-1",
        "0",
        "-0",
        "2147483647",
        "2147483648",
        "-2147483648",
        "-2147483649",
        "9223372036854775807",
        "9223372036854775808",
        "-9223372036854775809",
        "79228162514264337593543950336",
        "1.5",
        "1,5",
        "1e10",
        "  42  ",
        "+7",
        "00000000000000000001",
        "1e-400",
        "4294967296",
        "18446744073709551616",
        "-999999999999999999999999999999",
    ];

    private static readonly string[] Dates =
    [
        "0001-01-01",
        "0001-01-01T00:00",
        "9999-12-31",
        "9999-12-31T23:59",
        "10000-01-01",
        "2017-02-30",
        "2017-13-01",
        "-0001-01-01",
        "0000-00-00",
        "2017-03-27T25:61",
        "1900-01-01T00:00",
        "2017-03-27T10:00+14:00",
        "2017-03-27T10:00Z",
        "27/03/2017",
        "March 27, 2017",
        "1e9",
        "2017-03-27T10:00:00.9999999999",
        "2038-01-19T03:14:08",
        "1970-01-01",
        "2017-03-26T02:30",
        "2100-02-29",
    ];

    private static readonly string[] Enums =
    [
        "NoSuchKind",
        "Proposal, Question",
        "999",
        "-1",
        "2147483648",
        "proposal ",
        "PROPOSAL",
        "0",
        "1",
        "Americas|Europe",
        "__proto__",
        "Published",
        "Spam",
        "Administrator",
        "SupportUnit",
        "xx",
        "ZZ",
        "en-US",
        "klingon",
        "Etc/GMT-15",
        "Mars/Olympus",
        "../../etc/passwd",
    ];

    private static readonly string[] Markup =
    [
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "' onmouseover='alert(1)",
        "<svg/onload=alert(1)>",
        "javascript:alert(1)",
        "{{7*7}}",
        "${jndi:ldap://127.0.0.1/a}",
        "@(1+1)",
        "<!--",
        "]]>",
        "&lt;&amp;&#0;",
        "<a href=\"//evil.example\">x</a>",
        "[x](javascript:alert(1))",
        "![x](http://127.0.0.1:22/)",
        "<iframe src=//evil.example>",
        "=cmd|' /C calc'!A0",
        "+SUM(1,1)",
        "-2+3",
        "@SUM(1)",
    ];

    private static readonly string[] Sql =
    [
        "' OR 1=1--",
        "'; DROP TABLE submissions;--",
        "1; SELECT pg_sleep(0)",
        "\" OR \"\"=\"",
        "1' AND '1'='1",
        "%' OR '%'='",
        "admin'--",
        "') UNION SELECT email, password_hash FROM users--",
        "\\'",
        "$$;",
        "E'\\x00'",
        "1)) OR ((1=1",
        "*",
        "%",
        "_",
        "\\",
    ];

    private static readonly string[] Urls =
    [
        "javascript:alert(1)",
        "http://",
        "https://",
        "ftp://example.org",
        "//evil.example",
        "data:text/html,<script>alert(1)</script>",
        "http://[::1",
        "http://127.0.0.1:22/",
        "https://example.org/" + new string('a', 3000),
        "https://ex ample.org",
        "file:///etc/passwd",
        "HTTPS://EXAMPLE.ORG",
        "https://例え.jp",
    ];

    private static readonly string[] Emails =
    [
        "a@",
        "@b",
        "a@b",
        "a@@b.c",
        "\"a b\"@example.org",
        new string('a', 300) + "@example.org",
        "a@example.org\r\nBcc: x@example.org",
        "participant@demo.cocreation.example",
        "ADMIN@DEMO.COCREATION.EXAMPLE",
        "a@example.org, b@example.org",
        "<a@example.org>",
        "ñandú@ejemplo.es",
    ];

    private static readonly string[] Unicode =
    [
        "\u202Eevil\u202C",
        "\u200B\u200C\u200D\uFEFF",
        "e" + new string('\u0301', 500),
        "👩🏽‍💻🏳️‍🌈",
        "\uD800",
        "\uDFFF",
        "a\uD800b",
        "\uFFFE\uFFFF",
        "\uFDD0",
        "𝕏𝕐",
        "ﷺ",
        "Ⅻ",
        "İı",
        "ß",
        "\u00A0",
        "\u2028\u2029",
        "مرحبا بالعالم",
        "שָׁלוֹם",
        "\u0000\uFEFF",
        "Z̴̡̛͉̈́a̷̢̛l̸̨̛g̵̛̣o̸̥̕",
    ];

    private static readonly string[] Guids =
    [
        "00000000-0000-0000-0000-000000000000",
        "not-a-guid",
        "{00000000-0000-0000-0000-000000000000}",
        "ffffffff-ffff-ffff-ffff-ffffffffffff",
    ];

    /// <summary>COCREATION_FUZZ_SEED, else the Week's first day.</summary>
    public static int Seed { get; } =
        int.TryParse(
            Environment.GetEnvironmentVariable("COCREATION_FUZZ_SEED"),
            System.Globalization.CultureInfo.InvariantCulture,
            out var given
        )
            ? given
            : 20170327;

    /// <summary>The fuzz's random source, its seed printed so that a failure can be repeated.</summary>
    public static Random Seeded(Xunit.Abstractions.ITestOutputHelper output)
    {
        output.WriteLine($"Fuzz seed {Seed} (repeat with COCREATION_FUZZ_SEED={Seed})");
        return new Random(Seed);
    }

    public int Next(int max) => random.Next(max);

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static FuzzValue Text(string kind, string text) => new(kind, text);

    /// <summary>A value aimed at a control of <paramref name="field"/>'s kind half of the time, anything the other half.</summary>
    public FuzzValue For(FieldKind field, string original)
    {
        if (random.Next(2) == 0)
        {
            switch (field)
            {
                case FieldKind.Number:
                    return random.Next(3) == 0 ? Text("wrong-type", Pick(WrongTypes)) : Text("number", Pick(Numbers));
                case FieldKind.Date or FieldKind.DateTime:
                    return Text("date", Pick(Dates));
                case FieldKind.Choice:
                    return random.Next(2) == 0 ? Text("enum", Pick(Enums)) : Text("mutated-choice", Mutate(original));
                case FieldKind.Flag:
                    return Text("wrong-type", Pick(WrongTypes));
                case FieldKind.Email:
                    return Text("email", Pick(Emails));
                case FieldKind.Url:
                    return Text("url", Pick(Urls));
                case FieldKind.Hidden when otherPeoplesIds.Count > 0 && random.Next(2) == 0:
                    return Text("others-id", Pick(otherPeoplesIds));
            }
        }

        return Any(original);
    }

    public FuzzValue Any(string original) =>
        random.Next(17) switch
        {
            0 => Text("empty", random.Next(3) == 0 ? "   \t " : ""),
            1 => Huge(),
            2 => Text("control", Pick(Controls)),
            3 => new FuzzValue("invalid-utf8", null, Pick(BadUtf8), Escaped: random.Next(2) == 0),
            4 => Text("wrong-type", Pick(WrongTypes)),
            5 => Text("enum", Pick(Enums)),
            6 => Text("number", Pick(Numbers)),
            7 => Text("date", Pick(Dates)),
            8 => Text("html", Pick(Markup)),
            9 => Text("sql", Pick(Sql)),
            10 => Text("unicode", Pick(Unicode)),
            11 => Text("url", Pick(Urls)),
            12 => Text("email", Pick(Emails)),
            13 => Text("guid", random.Next(3) == 0 ? RandomGuid().ToString() : Pick(Guids)),
            14 when otherPeoplesIds.Count > 0 => Text("others-id", Pick(otherPeoplesIds)),
            15 => Text("mutated", Mutate(original)),
            _ => Text("long", new string('x', 101 + random.Next(5000))),
        };

    private Guid RandomGuid()
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    /// <summary>100 KB and more, ASCII or multi-byte.</summary>
    public FuzzValue Huge() =>
        random.Next(3) switch
        {
            0 => Text("huge", new string((char)random.Next('a', 'z' + 1), 100_000 + random.Next(60_000))),
            1 => Text("huge-unicode", string.Concat(Enumerable.Repeat("Ωé中👩🏽‍💻 ", 12_000 + random.Next(3000)))),
            _ => Text("huge-lines", string.Concat(Enumerable.Repeat("line\r\n", 20_000 + random.Next(5000)))),
        };

    private string Mutate(string original) =>
        random.Next(6) switch
        {
            0 => original + "x",
            1 => original.ToLowerInvariant() + " ",
            2 => string.Concat(Enumerable.Repeat(original, 50)),
            3 => new string(original.Reverse().ToArray()),
            4 => original + "\u0000",
            _ => original.Length > 0 ? original[..^1] : "-",
        };

    /// <summary>Field names a form never has: indexers, deep paths, very long, empty.</summary>
    public string StrangeKey(string existing) =>
        random.Next(8) switch
        {
            0 => existing + "[0]",
            1 => existing + "[99999999999]",
            2 => existing + ".Nested.Deeper",
            3 => new string('k', 3000),
            4 => "",
            5 => "[",
            6 => existing + "[-1].Value",
            _ => "__proto__",
        };
}
