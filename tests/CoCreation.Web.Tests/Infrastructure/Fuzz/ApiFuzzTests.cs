using System.Text;
using System.Text.Json;
using Xunit.Abstractions;

namespace CoCreation.Web.Tests.Infrastructure.Fuzz;

/// <summary>
/// Bad input on the public API: every operation its OpenAPI document publishes, with generated values
/// (the page fuzz's generators, repeatable by COCREATION_FUZZ_SEED) in each of its query and path
/// parameters. The API must never answer 5xx, must answer JSON, and a refusal must be a problem that
/// says what is wrong.
/// </summary>
public sealed class ApiFuzzTests(WebFixture portal, ITestOutputHelper output) : PortalTest(portal)
{
    private const int RequestsPerOperation = 40;

    [Fact]
    public async Task Generated_values_in_every_parameter_of_every_api_operation_give_json_and_no_5xx()
    {
        var values = new FuzzValues(FuzzValues.Seeded(output), []);
        await Scenario.LoadCampaignAsync(Portal);
        using var client = Portal.CreateClient();
        using var document = JsonDocument.Parse(await client.Http.GetStringAsync("/api/v1/openapi.json"));

        var operations = document
            .RootElement.GetProperty("paths")
            .EnumerateObject()
            .Where(path => path.Value.TryGetProperty("get", out _))
            .Select(path => (Path: path.Name, Parameters: Parameters(path.Value.GetProperty("get"))))
            .ToList();
        Assert.All(operations, o => Assert.StartsWith("/api/v1/", o.Path, StringComparison.Ordinal));
        Assert.True(operations.Count >= 10, $"only {operations.Count} operations in the OpenAPI document");

        var failures = new List<string>();
        var statuses = new Dictionary<int, int>();
        foreach (var (path, parameters) in operations)
        {
            for (var i = 0; i < RequestsPerOperation; i++)
            {
                var address = new StringBuilder();
                var query = new List<string>();
                var filled = path;
                foreach (var (name, where) in parameters)
                {
                    // Each parameter is left out now and then, so the others are tried alone as well.
                    if (where == "query" && values.Next(3) == 0)
                    {
                        continue;
                    }

                    var value = Encoding.ASCII.GetString(values.Any("AR").Encode());
                    if (where == "path")
                    {
                        // The in-memory client refuses a NUL in the path (Kestrel answers 400 before the portal sees it).
                        value = value.Replace("%00", "", StringComparison.Ordinal);
                        filled = filled.Replace("{" + name + "}", value.Length == 0 ? "x" : value, StringComparison.Ordinal);
                    }
                    else
                    {
                        query.Add($"{name}={value}");
                    }
                }

                address.Append(filled);
                if (query.Count > 0)
                {
                    address.Append('?').AppendJoin('&', query);
                }

                var url = address.ToString();
                using var response = await client.Http.GetAsync(url);
                var status = (int)response.StatusCode;
                statuses[status] = statuses.GetValueOrDefault(status) + 1;
                var body = await response.Content.ReadAsStringAsync();
                var problem = Check(status, response.Content.Headers.ContentType?.MediaType, body);
                if (problem is not null)
                {
                    failures.Add($"GET {Shorten(url)}: {status} {problem}: {Shorten(body)}");
                }
            }
        }

        output.WriteLine(
            $"{operations.Count} operations, {operations.Count * RequestsPerOperation} requests: "
                + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Value}× {s.Key}"))
        );
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures.Take(20)));
        // The values reached the handlers: some were taken, some refused, not all stopped at routing.
        Assert.True(statuses.ContainsKey(200) && statuses.ContainsKey(400), "statuses: " + string.Join(", ", statuses));
    }

    private static List<(string Name, string In)> Parameters(JsonElement operation) =>
        operation.TryGetProperty("parameters", out var parameters)
            ? parameters.EnumerateArray().Select(p => (p.GetProperty("name").GetString()!, p.GetProperty("in").GetString()!)).ToList()
            : [];

    /// <summary>What is wrong with an answer, or null: JSON always, a problem with a title on a refusal, never 5xx.</summary>
    private static string? Check(int status, string? mediaType, string body)
    {
        if (status >= 500)
        {
            return "server error";
        }

        if (status is 200)
        {
            return mediaType == "application/json" && IsJson(body) ? null : $"not JSON ({mediaType})";
        }

        if (status is 400 or 404 or 414 or 431)
        {
            if (mediaType != "application/problem+json" || !IsJson(body))
            {
                return $"refusal not a problem ({mediaType})";
            }

            using var problem = JsonDocument.Parse(body);
            return problem.RootElement.TryGetProperty("title", out var title) && !string.IsNullOrWhiteSpace(title.GetString())
                ? null
                : "a problem without a title";
        }

        return "unexpected status";
    }

    private static bool IsJson(string body)
    {
        try
        {
            using var _ = JsonDocument.Parse(body);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string Shorten(string text) => text.Length > 160 ? text[..160] + "…" : text;
}
