using System.Text;
using System.Text.Encodings.Web;
using Npgsql;

namespace CoCreation.Bench;

/// <summary>
/// The floor of this machine for a database page (TechEmpower "Fortunes" style): read the 20 latest
/// published submissions with raw Npgsql and write them as HTML-encoded rows. No framework on top.
/// </summary>
internal static class Reference
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = new Options(args);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(options.Get("urls", "http://127.0.0.1:5091"));
        await using var source = new NpgsqlDataSourceBuilder(options.Get("connection")).Build();
        var app = builder.Build();
        app.MapGet("/fortunes", async (HttpContext http) =>
        {
            var html = new StringBuilder(
                "<!DOCTYPE html><html><head><title>Submissions</title></head><body><table><tr><th>id</th><th>title</th></tr>"
            );
            await using (
                var command = source.CreateCommand(
                    """
                    SELECT id, title FROM submissions
                    WHERE status IN ('Published', 'Forwarded', 'Answered')
                    ORDER BY published_at DESC, id DESC LIMIT 20
                    """
                )
            )
            await using (var reader = await command.ExecuteReaderAsync(http.RequestAborted))
            {
                while (await reader.ReadAsync(http.RequestAborted))
                {
                    html.Append("<tr><td>")
                        .Append(reader.GetInt64(0))
                        .Append("</td><td>")
                        .Append(HtmlEncoder.Default.Encode(reader.GetString(1)))
                        .Append("</td></tr>");
                }
            }

            http.Response.ContentType = "text/html; charset=utf-8";
            await http.Response.WriteAsync(html.Append("</table></body></html>").ToString(), http.RequestAborted);
        });
        await app.RunAsync();
        return 0;
    }
}
