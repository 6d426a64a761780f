using System.Text.Json;
using CoCreation.Web.Features.OpenData;
using CoCreation.Web.Tests.Features.Submissions;

namespace CoCreation.Web.Tests.Pages;

/// <summary>/open-data: the data dictionary names every collection and field, and each of its links answers.</summary>
public sealed class OpenDataPagesTests(WebFixture portal) : PortalTest(portal)
{
    [Theory]
    [InlineData("en", "Open data")]
    [InlineData("fr", "Données ouvertes")]
    [InlineData("es", "Datos abiertos")]
    public async Task The_dictionary_lists_every_collection_and_field_with_working_links(string language, string title)
    {
        await Scenario.LoadDemoAsync(Portal);

        using var visitor = Portal.CreateClient();
        var page = await visitor.GetAsync("/open-data", language);

        Assert.Equal(HttpStatusCode.OK, visitor.Status);
        Assert.Equal(title, page.QuerySelector("h1")!.TextContent.Trim());
        Assert.DoesNotContain("OpenData.", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        // A section per collection, and the languages texts may be written in.
        Assert.Equal(Collections.All.Count + 1, page.QuerySelectorAll("main section").Length);
        foreach (var collection in Collections.All)
        {
            var section = page.QuerySelector($"section#{collection.Name}")!;
            Assert.Equal(collection.Fields.Select(f => f.Name), section.QuerySelectorAll("tbody th code").Select(c => c.TextContent));
            var links = section.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).ToList();
            Assert.Equal([$"/open-data/{collection.Name}.csv", $"/open-data/{collection.Name}.json", $"/api/v1/{collection.Name}"], links);

            using var csv = await visitor.Http.GetAsync(links[0]);
            Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
            var lines = (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(string.Join(',', collection.Fields.SelectMany(f => f.CsvColumns)), lines[0]);
            using var json = await visitor.Http.GetAsync(links[1]);
            Assert.Equal("application/json", json.Content.Headers.ContentType!.MediaType);
            var rows = JsonDocument.Parse(await json.Content.ReadAsStringAsync()).RootElement;
            Assert.True(rows.GetArrayLength() > 0, collection.Name);
            Assert.Equal(rows.GetArrayLength(), lines.Length - 1 - CountLineBreaksInsideQuotes(lines));
            Assert.Equal(collection.Fields.Select(f => f.Name), rows[0].EnumerateObject().Select(p => p.Name));
            using var api = await visitor.Http.GetAsync(links[2]);
            Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        }
    }

    [Fact]
    public async Task An_unknown_collection_is_not_found()
    {
        using var visitor = Portal.CreateClient();

        await visitor.GetAsync("/open-data/passwords.csv");

        Assert.Equal(HttpStatusCode.NotFound, visitor.Status);
    }

    [Fact]
    public async Task A_field_of_every_kind_has_a_type_and_a_meaning_in_every_language()
    {
        using var visitor = Portal.CreateClient();
        foreach (var language in new[] { "en", "fr", "es" })
        {
            var page = await visitor.GetAsync("/open-data", language);
            var cells = page.QuerySelectorAll("main section:not(#languages) tbody tr")
                .Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList())
                .ToList();
            Assert.Equal(Collections.All.Sum(c => c.Fields.Count), cells.Count);
            Assert.All(cells, c =>
                Assert.True(
                    c[1].Length > 0 && c[2].Length > 0 && !c[2].Contains("OpenData", StringComparison.Ordinal),
                    string.Join(" | ", c)
                )
            );
        }
    }

    [Fact]
    public async Task A_submission_title_that_a_spreadsheet_would_run_as_a_formula_is_downloaded_as_text()
    {
        var people = await Scenario.CreateAsync(Portal);
        string[] titles =
        [
            "=HYPERLINK(\"https://evil.example\",\"Click\")",
            "+cmd|' /C calc'!A0",
            "-2+3+cmd|' /C calc'!A0",
            "@SUM(1+9)*cmd|' /C calc'!A0",
            "\uFF1DHYPERLINK(\"https://evil.example\")",
            "\uFF0B1+1",
            "\uFF0D1+1",
            "\uFF20SUM(1+1)",
            "-1",
            "+33 1 23 45 67 89",
        ];
        var ids = new List<long>();
        foreach (var title in titles)
        {
            ids.Add((await Portal.SendAsync(Scenario.Question() with { Title = title }, people.Participant))!.Value);
        }

        await Portal.SendAsync(
            new Web.Features.Moderation.Decide.Command(ids, Web.Features.Moderation.Decide.Decision.Publish),
            people.Support
        );
        using var visitor = Portal.CreateClient();

        var rows = ReadCsv(await visitor.Http.GetStringAsync("/open-data/submissions.csv"));

        var titleColumn = rows[0].IndexOf("title");
        var idColumn = rows[0].IndexOf("id");
        var downloaded = rows.Skip(1)
            .ToDictionary(r => long.Parse(r[idColumn], System.Globalization.CultureInfo.InvariantCulture), r => r[titleColumn]);
        Assert.Equal(titles.Select(t => "'" + t), ids.Select(i => downloaded[i]));
    }

    // RFC 4180 as a spreadsheet reads it: quoted cells may hold commas, doubled quotes and line breaks.
    private static List<List<string>> ReadCsv(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(cell.ToString());
                cell.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(cell.ToString());
                cell.Clear();
                rows.Add(row);
                row = [];
                i++;
            }
            else
            {
                cell.Append(c);
            }
        }

        return rows;
    }

    // A text with a line break is one CSV record over several lines.
    private static int CountLineBreaksInsideQuotes(string[] lines) => lines.Skip(1).Count(l => l.Count(c => c == '"') % 2 == 1) / 2;
}
