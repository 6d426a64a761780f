using System.Net.Sockets;
using System.Text;
using Xunit.Abstractions;

namespace CoCreation.Web.Tests.Infrastructure.Fuzz;

/// <summary>
/// Bytes no HTTP client library would send, written straight to the portal's Kestrel socket: invalid
/// UTF-8 unescaped in the path and the query string, control characters, overlong and huge request
/// lines, broken headers and bodies. The answer is always a 4xx or a page, never a 5xx or a dropped
/// connection without an answer.
/// </summary>
public sealed class RawRequestTests(WebFixture portal, ITestOutputHelper output) : PortalTest(portal)
{
    [Fact]
    public async Task Raw_invalid_bytes_in_the_request_line_headers_and_body_get_an_answer_below_500()
    {
        await Scenario.LoadCampaignAsync(Portal);
        // Plain HTTP on loopback, as the browser tests serve it (antiforgery refuses Secure-only cookies over HTTP).
        await using var factory = Portal.SecondPortal(new Dictionary<string, string?> { ["Portal:SecureCookies"] = "false" });
        var address = factory.StartOnLoopback();
        var random = new Random(20170327);

        var requests = new List<(string What, byte[] Bytes)>();
        byte[][] bad =
        [
            [0xFF],
            [0xC0, 0xAF],
            [0xED, 0xA0, 0x80],
            [0xF4, 0x90, 0x80, 0x80],
            [0x80, 0x81],
            [0xFE, 0xFF],
            [0x00],
            [0x1B],
            [0x7F],
            [0xC3],
        ];
        foreach (
            var path in new[]
            {
                "/submissions?Q=",
                "/members?Region=",
                "/events?past=",
                "/members/",
                "/blog?Language=",
                "/submissions/export.csv?Member=",
                "/account/sign-in?returnUrl=",
            }
        )
        {
            foreach (var bytes in bad)
            {
                requests.Add(
                    (
                        $"GET {path}<{Convert.ToHexString(bytes)}>",
                        [
                            .. Ascii($"GET {path}"),
                            .. bytes,
                            .. Ascii($"x HTTP/1.1\r\nHost: {address.Authority}\r\nConnection: close\r\n\r\n"),
                        ]
                    )
                );
            }
        }

        foreach (var bytes in bad)
        {
            requests.Add(
                (
                    $"header value <{Convert.ToHexString(bytes)}>",
                    [
                        .. Ascii($"GET /members HTTP/1.1\r\nHost: {address.Authority}\r\nAccept-Language: fr"),
                        .. bytes,
                        .. Ascii("\r\nCookie: a="),
                        .. bytes,
                        .. Ascii("\r\nConnection: close\r\n\r\n"),
                    ]
                )
            );
            var body = (byte[])[.. Ascii("Data.Email="), .. bytes, .. Ascii("&Data.Password="), .. bytes];
            requests.Add(
                (
                    $"form body <{Convert.ToHexString(bytes)}> without a token",
                    [
                        .. Ascii(
                            $"POST /account/sign-in HTTP/1.1\r\nHost: {address.Authority}\r\n"
                                + $"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {body.Length}\r\n"
                                + "Connection: close\r\n\r\n"
                        ),
                        .. body,
                    ]
                )
            );
        }

        requests.Add(
            (
                "request line of 20 000 bytes",
                Ascii($"GET /submissions?Q={new string('a', 20_000)} HTTP/1.1\r\nHost: {address.Authority}\r\nConnection: close\r\n\r\n")
            )
        );
        requests.Add(
            (
                "a header of 40 000 bytes",
                Ascii($"GET / HTTP/1.1\r\nHost: {address.Authority}\r\nX-Long: {new string('a', 40_000)}\r\nConnection: close\r\n\r\n")
            )
        );
        requests.Add(
            (
                "negative Content-Length",
                Ascii($"POST /account/sign-in HTTP/1.1\r\nHost: {address.Authority}\r\nContent-Length: -1\r\nConnection: close\r\n\r\n")
            )
        );
        requests.Add(("unknown method", Ascii($"BREW /members HTTP/1.1\r\nHost: {address.Authority}\r\nConnection: close\r\n\r\n")));
        requests.Add(("no Host", Ascii("GET /members HTTP/1.1\r\nConnection: close\r\n\r\n")));
        requests.Add(("HTTP/0.9", Ascii("GET /members\r\n\r\n")));
        requests.Add(
            (
                "multipart without a boundary",
                Ascii(
                    $"POST /moderation/import HTTP/1.1\r\nHost: {address.Authority}\r\n"
                        + "Content-Type: multipart/form-data\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello"
                )
            )
        );
        for (var i = 0; i < 20; i++)
        {
            var noise = new byte[random.Next(1, 300)];
            random.NextBytes(noise);
            requests.Add(
                (
                    $"random bytes {i}",
                    [
                        .. Ascii("GET /"),
                        .. noise.Where(b => b is not (byte)'\r' and not (byte)'\n' and not (byte)' '),
                        .. Ascii($" HTTP/1.1\r\nHost: {address.Authority}\r\nConnection: close\r\n\r\n"),
                    ]
                )
            );
        }

        var failures = new List<string>();
        var statuses = new Dictionary<string, int>();
        foreach (var (what, bytes) in requests)
        {
            var status = await SendAsync(address, bytes);
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            if (!status.StartsWith('4') && !status.StartsWith('2') && !status.StartsWith('3'))
            {
                failures.Add($"{what}: {status}");
            }
        }

        var counts = statuses.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Value}× {s.Key}");
        output.WriteLine($"{requests.Count} raw requests: {string.Join(", ", counts)}");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);

    /// <summary>The status code of the answer, or what happened instead.</summary>
    private static async Task<string> SendAsync(Uri address, byte[] request)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(address.Host, address.Port);
        var stream = client.GetStream();
        try
        {
            await stream.WriteAsync(request);
            await stream.FlushAsync();
        }
        catch (Exception ex) when (ex is IOException or SocketException)
        {
            // Kestrel may answer and close before it has read everything (a refused header): read its answer.
        }

        var buffer = new byte[64];
        var read = 0;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            while (read < 12)
            {
                var n = await stream.ReadAsync(buffer.AsMemory(read), timeout.Token);
                if (n == 0)
                {
                    break;
                }

                read += n;
            }
        }
        catch (IOException)
        {
            return read >= 12 ? Encoding.ASCII.GetString(buffer, 9, 3) : "connection reset without an answer";
        }

        var head = Encoding.ASCII.GetString(buffer, 0, read);
        return head.StartsWith("HTTP/1.1 ", StringComparison.Ordinal) && head.Length >= 12
            ? head[9..12]
            : $"no answer ({read} bytes: {head})";
    }
}
