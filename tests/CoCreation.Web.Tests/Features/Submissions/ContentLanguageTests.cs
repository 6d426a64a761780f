using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using CoCreation.Domain.Common;
using CoCreation.Web.Features.Moderation;
using CoCreation.Web.Features.Submissions;
using CoCreation.Web.Infrastructure.Mediator;

namespace CoCreation.Web.Tests.Features.Submissions;

/// <summary>Participants write in the languages of the 30 members, not only in English, French or Spanish.</summary>
public sealed partial class ContentLanguageTests(WebFixture portal) : PortalTest(portal)
{
    private static Submit.Command Written(string member, string language, string title, string body)
    {
        var question = Scenario.Question(member);
        question.Title = title;
        question.Body = body;
        question.Language = language;
        return question;
    }

    [Fact]
    public async Task Texts_in_latvian_portuguese_hebrew_and_urdu_are_found_by_a_word_of_their_own_language()
    {
        var people = await Scenario.CreateAsync(Portal);
        var ids = new List<long>();
        foreach (
            var text in new[]
            {
                Written("LV", "lv", "Kad notiks sanāksme?", "Vai pilsoniskā sabiedrība var piedalīties sanāksmē par rīcības plānu?"),
                Written("CV", "pt", "Pedidos de informação", "Os pedidos de acesso à informação ficam sem respostas."),
                Written("IL", "he", "שיתוף הציבור בתקנות", "טיוטות תקנות מתפרסמות לתקופה קצרה מאוד להערות הציבור."),
                Written("PK", "ur", "شکایات کا نظام", "شہری شکایات مختلف دفاتر میں جمع کراتے ہیں۔"),
            }
        )
        {
            ids.Add(await Scenario.PublishedAsync(Portal, people, text));
        }

        var (latvian, portuguese, hebrew, urdu) = (ids[0], ids[1], ids[2], ids[3]);

        async Task<long[]> Find(string words) =>
            [.. (await Portal.QueryAsync(new Web.Features.Submissions.Index.Query { Q = words })).Items.Select(i => i.Id)];

        // PostgreSQL has no Latvian, Hebrew or Urdu stemmer: their words are matched as written ('simple').
        Assert.Equal([latvian], await Find("sanāksmē"));
        Assert.Equal([hebrew], await Find("הציבור"));
        Assert.Equal([urdu], await Find("شکایات"));
        // Portuguese is stemmed with PostgreSQL's Portuguese configuration: the singular finds the plural.
        Assert.Equal([portuguese], await Find("pedido"));
        Assert.Equal([portuguese], await Find("resposta"));
        Assert.Empty(await Find("pedidas sanāksme"));
        Assert.Equal(["lv", "pt", "he", "ur"], await LanguagesOfAsync(latvian, portuguese, hebrew, urdu));
    }

    [Fact]
    public async Task Every_language_is_stored_with_its_own_search_configuration_and_a_search_parses_with_all_of_them()
    {
        await Scenario.LoadCampaignAsync(Portal);
        var stored = await Portal.WithDbAsync(db =>
            db.Database.SqlQueryRaw<Configuration>(
                    "SELECT tag AS \"Tag\", content_search_config(tag)::text AS \"Search\" FROM unnest({0}::text[]) AS tag",
                    (object)ContentLanguages.All.Select(l => l.Tag).ToArray()
                )
                .ToListAsync()
        );
        var definition = await Portal.WithDbAsync(db =>
            db.Database.SqlQueryRaw<string>("SELECT pg_get_functiondef('content_search_query(text)'::regprocedure) AS \"Value\"")
                .SingleAsync()
        );

        Assert.Equal(ContentLanguages.All.Select(l => new Configuration(l.Tag, l.Search)), stored);
        Assert.All(ContentLanguages.SearchConfigurations, c => Assert.Contains($"'{c}'::regconfig", definition, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_right_to_left_text_is_marked_with_its_language_and_direction_and_named_in_the_readers_language()
    {
        var people = await Scenario.CreateAsync(Portal);
        var id = await Scenario.PublishedAsync(Portal, people, Written("IL", "he", "שיתוף הציבור", "טיוטות תקנות מתפרסמות."));
        using var visitor = Portal.CreateClient();

        var page = await visitor.GetAsync($"/submissions/{id}", "fr");
        var list = await visitor.GetAsync("/submissions?Language=he", "fr");

        var title = page.QuerySelector("h1")!;
        Assert.Equal(("he", "rtl"), (title.GetAttribute("lang"), title.GetAttribute("dir")));
        var text = page.QuerySelectorAll("main p").Single(p => p.TextContent.Contains("טיוטות", StringComparison.Ordinal));
        Assert.Equal(("he", "rtl"), (text.GetAttribute("lang"), text.GetAttribute("dir")));
        Assert.Contains("Écrit en hébreu (עברית)", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        // The interface around the text stays in French, left to right.
        Assert.Null(page.QuerySelector("article")!.GetAttribute("dir"));
        var link = list.QuerySelectorAll("main h2 a").Single();
        Assert.Equal(("שיתוף הציבור", "he", "rtl"), (link.TextContent, link.GetAttribute("lang"), link.GetAttribute("dir")));
    }

    [Fact]
    public async Task The_form_offers_the_members_own_languages_first_and_refuses_an_unknown_tag_in_the_persons_language()
    {
        await Scenario.CreateAsync(Portal);
        using var browser = await Portal.SignedInClientAsync("ana@example.org");
        await browser.ChooseLanguageAsync("fr");

        var form = await browser.GetAsync("/submissions/submit?member=lv");
        var groups = form.QuerySelector<IHtmlSelectElement>("#Data_Language")!.QuerySelectorAll("optgroup").ToList();
        Assert.Equal(["Langues suggérées", "Toutes les langues (A–Z)"], groups.Select(g => g.GetAttribute("label")));
        Assert.Equal(
            ["Letton — latviešu", "Anglais — English", "Français", "Espagnol — español"],
            groups[0].QuerySelectorAll("option").Select(o => o.TextContent)
        );
        Assert.True(groups[1].QuerySelectorAll("option").Length >= 100);

        var refused = await browser.SubmitAsync(
            form,
            "main form",
            new Dictionary<string, string>
            {
                ["Data.Kind"] = "Question",
                ["Data.Title"] = "Kad notiks sanāksme?",
                ["Data.Body"] = "Vai varam piedalīties?",
                ["Data.Language"] = "tlh",
            }
        );

        Assert.Contains(
            "Choisissez l’une des options proposées.",
            refused.QuerySelector(".invalid-feedback")!.TextContent,
            StringComparison.Ordinal
        );
        Assert.Equal("Kad notiks sanāksme?", refused.QuerySelector<IHtmlInputElement>("#Data_Title")!.Value);
        Assert.Equal(0, await Portal.WithDbAsync(db => db.Submissions.CountAsync()));
    }

    [Fact]
    public async Task A_french_page_writes_accented_letters_as_themselves_and_still_encodes_markup_in_a_title()
    {
        var people = await Scenario.CreateAsync(Portal);
        await Scenario.PublishedAsync(Portal, people, Written("FR", "fr", "<script>alert('é')</script> Élections", "Où et quand ?"));
        using var visitor = Portal.CreateClient();

        await visitor.GetAsync("/submissions", "fr");
        var html = await visitor.LastResponse!.Content.ReadAsStringAsync();

        Assert.Contains("Élections", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        // Numeric references remain only for what is not a letter: no-break spaces, "+", the apostrophe.
        var references = NumericReference().Matches(html).Select(m => Reference(m.Groups[1].Value)).Distinct().ToList();
        Assert.DoesNotContain(references, char.IsLetter);
    }

    [Fact]
    public async Task An_import_without_a_language_column_is_refused_until_the_moderator_chooses_one()
    {
        var people = await Scenario.CreateAsync(Portal);
        const string unmarked = """
            handle,text,date,url
            @ilze,#myNAPask #Latvia Publicēt visus pašvaldību līgumus,2017-03-28T14:05:00Z,https://social.example/ilze/1
            @janis,#OGPcocreate #Latvia Kad notiks sanāksme?,2017-03-28T15:05:00Z,https://social.example/janis/2
            """;

        var refused = await Assert.ThrowsAsync<InputException>(() => Portal.SendAsync(new Import.Command(unmarked, null), people.Support));
        Assert.Equal(
            ["Posts without a language: 2. Choose the language they are written in, or add a language column to the file."],
            refused.Errors[nameof(Import.Command.DefaultLanguage)]
        );
        Assert.Equal(0, await Portal.WithDbAsync(db => db.Submissions.CountAsync()));

        var imported = await Portal.SendAsync(new Import.Command(unmarked, null, "lv"), people.Support);
        const string marked = """
            handle,text,date,url,language
            @ana,#myNAPask #CaboVerde Publicar os contratos,2017-03-28T14:05:00Z,https://social.example/ana/3,pt-BR
            @worf,#myNAPask #CaboVerde Qapla',2017-03-28T14:06:00Z,https://social.example/worf/4,tlh
            """;
        var second = await Portal.SendAsync(new Import.Command(marked, null), people.Support);

        Assert.Equal(2, imported.Imported);
        Assert.Equal(1, second.Imported);
        Assert.Equal([3], second.Errors.Select(e => e.Line));
        Assert.Contains("tlh", second.Errors[0].Message, StringComparison.Ordinal);
        var languages = await Portal.WithDbAsync(db => db.Submissions.OrderBy(s => s.SourceUrl).Select(s => s.Language).ToListAsync());
        Assert.Equal(["pt", "lv", "lv"], languages);
    }

    [Fact]
    public async Task Open_data_carries_the_language_tag_of_each_text_and_its_dictionary_lists_the_accepted_tags()
    {
        var people = await Scenario.CreateAsync(Portal);
        await Scenario.PublishedAsync(Portal, people, Written("LV", "lv", "Kad notiks sanāksme?", "Vai varam piedalīties?"));
        using var visitor = Portal.CreateClient();

        var dictionary = await visitor.GetAsync("/open-data");
        await visitor.GetAsync("/open-data/submissions.json");
        var json = await visitor.LastResponse!.Content.ReadAsStringAsync();

        var rows = dictionary.QuerySelectorAll("#languages tbody tr").ToList();
        Assert.Equal(ContentLanguages.All.Count, rows.Count);
        var latvian = rows.Single(r => r.QuerySelector("th")!.TextContent == "lv");
        Assert.Equal("Latvian — latviešu", latvian.QuerySelectorAll("td")[0].TextContent);
        Assert.Contains("\"language\":\"lv\"", json, StringComparison.Ordinal);
    }

    private Task<List<string>> LanguagesOfAsync(params long[] ids) =>
        Portal.WithDbAsync(async db =>
        {
            var byId = await db.Submissions.Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Language);
            return ids.Select(i => byId[i]).ToList();
        });

    private sealed record Configuration(string Tag, string Search);

    private static char Reference(string number) =>
        (char)(
            number.StartsWith('x')
                ? int.Parse(number[1..], System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture)
                : int.Parse(number, System.Globalization.CultureInfo.InvariantCulture)
        );

    [GeneratedRegex("&#(x[0-9A-Fa-f]+|[0-9]+);")]
    private static partial Regex NumericReference();
}
