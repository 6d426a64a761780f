using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace CoCreation.Web.Tests.Pages;

/// <summary>
/// The API keeps its own contract: every answer of every collection the published OpenAPI document lists, and one
/// item of each through its own address, validates (JSON Schema 2020-12) against the schema the document gives it.
/// </summary>
public sealed partial class PublicApiContractTests(WebFixture portal) : PortalTest(portal)
{
    private const string Document = "/api/v1/openapi.json";

    [Fact]
    public async Task Every_answer_of_every_listed_collection_and_item_matches_the_schema_the_openapi_document_publishes()
    {
        await SeedEveryCollectionAsync();
        using var visitor = Portal.CreateClient();
        var document = JsonNode.Parse(await visitor.Http.GetStringAsync(Document))!.AsObject();
        var paths = document["paths"]!.AsObject();
        var collections = paths.Select(p => p.Key).Where(p => !p.Contains('{', StringComparison.Ordinal)).ToList();
        var problems = new List<Disagreement>();
        var validated = 0;

        foreach (var collection in collections)
        {
            var listSchema = SchemaOf(document, collection);
            var rows = new List<JsonElement>();

            // A few small pages through the next links, then one large page: the links and many rows.
            string? next = collection + "?limit=2";
            for (var page = 0; page < 3 && next is not null; page++)
            {
                var answer = await GetJsonAsync(visitor, next);
                problems.AddRange(Validate(listSchema, answer, next));
                rows.AddRange(answer.GetProperty("items").EnumerateArray());
                next = answer.GetProperty("next").ValueKind == JsonValueKind.String ? answer.GetProperty("next").GetString() : null;
                validated++;
            }

            var large = await GetJsonAsync(visitor, $"{collection}?limit={Web.Infrastructure.Web.Keyset.MaxLimit}");
            problems.AddRange(Validate(listSchema, large, collection));
            rows.AddRange(large.GetProperty("items").EnumerateArray());
            validated++;
            Assert.True(rows.Count > 0, $"{collection}: validated empty, seed it");

            foreach (var itemPath in paths.Select(p => p.Key).Where(p => p.StartsWith(collection + "/{", StringComparison.Ordinal)))
            {
                var parameter = itemPath[(collection.Length + 2)..^1];
                var first = rows[0];
                var url = collection + "/" + Uri.EscapeDataString(first.GetProperty(parameter).ToString());
                problems.AddRange(Validate(SchemaOf(document, itemPath), await GetJsonAsync(visitor, url), url));
                validated++;
            }
        }

        // A schema may be looser than the answers and still pass them: numbers are written as numbers, so the
        // document must not also allow strings for them (ids were "an integer or a string with a pattern").
        problems.AddRange(
            NumbersThatMayBeStrings(document, "#").Select(p => new Disagreement(p, "a number declared as possibly a string", Document))
        );
        Assert.Equal(15, collections.Count);
        Assert.True(validated >= 2 * collections.Count);
        Assert.True(
            problems.Count == 0,
            $"{problems.Count} disagreements:\n"
                + string.Join(
                    "\n",
                    problems
                        .GroupBy(p => p.Schema)
                        .Select(g => $"{g.Count()} × {g.Key}: {g.First().Message} (e.g. {g.First().Where})")
                        .Take(60)
                )
        );
    }

    private async Task SeedEveryCollectionAsync()
    {
        await Scenario.LoadDemoAsync(Portal);

        // The demo's events are in the past: the default list (upcoming) needs its own, with and without a region and seats.
        await Portal.WithDbAsync(async db =>
        {
            var starts = DateTimeOffset.UtcNow.AddDays(10);
            db.Events.Add(TestEvents.Webinar(starts, capacity: 20));
            db.Events.Add(
                Domain.Events.Event.Plan(
                    null,
                    TestEvents.Details(starts.AddDays(1), capacity: null) with
                    {
                        Region = null,
                    },
                    starts.AddDays(-30)
                )
            );
            await db.SaveChangesAsync();
        });
    }

    private static IEnumerable<string> NumbersThatMayBeStrings(JsonNode? node, string path) =>
        node switch
        {
            JsonObject o
                when o["type"] is JsonArray types
                    && types.Any(t => t?.GetValue<string>() is "integer" or "number")
                    && types.Any(t => t?.GetValue<string>() == "string") =>
            [
                path,
                .. o.SelectMany(p => NumbersThatMayBeStrings(p.Value, path + "/" + p.Key)),
            ],
            JsonObject o => o.SelectMany(p => NumbersThatMayBeStrings(p.Value, path + "/" + p.Key)),
            JsonArray a => a.SelectMany((item, i) => NumbersThatMayBeStrings(item, path + "/" + i)),
            _ => [],
        };

    private static async Task<JsonElement> GetJsonAsync(PortalClient client, string url)
    {
        using var response = await client.Http.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>
    /// The 200 answer's schema as a standalone 2020-12 schema: the document's components become its $defs, so its
    /// references resolve inside it.
    /// </summary>
    private static JsonSchema SchemaOf(JsonObject document, string path)
    {
        var answer = document["paths"]![path]!["get"]!["responses"]!["200"]!["content"]!["application/json"]!["schema"]!;
        var schema = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = $"https://portal.test/contract/{Guid.NewGuid():N}",
            ["$defs"] = document["components"]?["schemas"]?.DeepClone() ?? new JsonObject(),
            ["allOf"] = new JsonArray(answer.DeepClone()),
        };
        return JsonSchema.FromText(schema.ToJsonString().Replace("#/components/schemas/", "#/$defs/", StringComparison.Ordinal));
    }

    /// <summary>
    /// The deepest failing places of the answer, with the schema location that refused them. A branch of a oneOf or
    /// anyOf that fails is no refusal by itself (another may match), so only the combinator is named, not its branches.
    /// </summary>
    private static IEnumerable<Disagreement> Validate(JsonSchema schema, JsonElement answer, string url)
    {
        var result = schema.Evaluate(answer, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid)
        {
            return [];
        }

        var failing = (result.Details ?? [])
            .Where(d => !d.IsValid)
            .Select(d => (Instance: d.InstanceLocation.ToString(), Path: d.EvaluationPath.ToString(), d.Errors))
            .Where(d => !BranchOfCombinator().IsMatch(d.Path))
            .ToList();
        return failing
            .Where(d =>
                !failing.Any(other => other.Path.Length > d.Path.Length && other.Path.StartsWith(d.Path + "/", StringComparison.Ordinal))
            )
            .Select(d => new Disagreement(
                d.Path,
                d.Errors is { Count: > 0 } errors ? string.Join("; ", errors.Select(e => $"{e.Key}: {e.Value}")) : "refused",
                $"{url} {d.Instance}"
            ))
            .DefaultIfEmpty(new Disagreement("", "invalid", url));
    }

    /// <summary>Where the schema refused (a location in the document's schema), why, and an answer where it did.</summary>
    private sealed record Disagreement(string Schema, string Message, string Where);

    [GeneratedRegex("/(oneOf|anyOf)/[0-9]+(/|$)")]
    private static partial Regex BranchOfCombinator();
}
