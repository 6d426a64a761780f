using System.IO.Compression;
using System.Text;

namespace CoCreation.Web.Tests.Infrastructure;

public sealed class CompressionTests(WebFixture portal) : PortalTest(portal)
{
    [Fact]
    public async Task Visitors_on_a_slow_line_get_pages_and_open_data_compressed_and_signed_in_people_get_them_whole()
    {
        await Scenario.LoadCampaignAsync(Portal);
        using var visitor = Portal.CreateClient();
        foreach (
            var (path, encoding) in new[]
            {
                ("/", "br"),
                ("/", "br"),
                ("/submissions", "br"),
                ("/members", "gzip"),
                ("/open-data/members.csv", "br"),
                ("/api/v1/members", "gzip"),
            }
        )
        {
            using var compressed = await GetAsync(visitor, path, encoding);
            Assert.Equal(encoding, Assert.Single(compressed.Content.Headers.ContentEncoding));
            var bytes = await compressed.Content.ReadAsByteArrayAsync();
            var text = Decompress(bytes, encoding);
            var whole = await visitor.Http.GetStringAsync(path);

            // Pages carry a fresh antiforgery token each time; the data is the same to the byte.
            if (path.StartsWith("/open-data", StringComparison.Ordinal) || path.StartsWith("/api", StringComparison.Ordinal))
            {
                Assert.Equal(whole, text);
            }
            else
            {
                Assert.EndsWith("</html>", text.TrimEnd(), StringComparison.Ordinal);
                Assert.InRange(text.Length, whole.Length - 200, whole.Length + 200);
            }

            Assert.True(
                bytes.Length * 2 < Encoding.UTF8.GetByteCount(text),
                $"{path}: {bytes.Length} bytes compressed of {Encoding.UTF8.GetByteCount(text)}"
            );
        }

        // A signed-in page may hold the person's secrets next to text someone else chose: never compressed.
        await Portal.CreateUserAsync("reader@example.org");
        using var signedIn = await Portal.SignedInClientAsync("reader@example.org");
        foreach (var path in new[] { "/submissions", "/account/two-factor" })
        {
            using var response = await GetAsync(signedIn, path, "br, gzip");
            Assert.Empty(response.Content.Headers.ContentEncoding);
            Assert.Contains("</html>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    private static async Task<HttpResponseMessage> GetAsync(PortalClient client, string path, string acceptEncoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        var response = await client.Http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return response;
    }

    private static string Decompress(byte[] bytes, string encoding)
    {
        using var input = new MemoryStream(bytes);
        using Stream decompressing =
            encoding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var reader = new StreamReader(decompressing, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
