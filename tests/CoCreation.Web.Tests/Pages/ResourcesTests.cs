using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace CoCreation.Web.Tests.Pages;

/// <summary>The interface exists whole in English, French and Spanish.</summary>
public sealed partial class ResourcesTests
{
    private static readonly string Root = RepositoryFiles.Root;
    private static readonly int[] ErrorStatuses = [400, 403, 404, 429, 500, 503];

    private static Dictionary<string, string> Load(string language)
    {
        var file = Path.Combine(
            Root,
            "src/CoCreation.Web/Resources",
            language == "en" ? "SharedResource.resx" : $"SharedResource.{language}.resx"
        );
        return XDocument.Load(file).Root!.Elements("data").ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value);
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("es")]
    public void Every_language_has_exactly_the_english_keys_with_the_same_placeholders(string language)
    {
        var english = Load("en");
        var other = Load(language);

        Assert.Equal(english.Keys.Order(), other.Keys.Order());
        foreach (var (key, value) in english)
        {
            Assert.True(Placeholders(value).SequenceEqual(Placeholders(other[key])), $"{language} {key}: '{other[key]}'");
            Assert.False(string.IsNullOrWhiteSpace(other[key]), $"{language} {key} is empty");
        }
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    [InlineData("es")]
    public void Every_text_with_placeholders_formats_without_error(string language)
    {
        // A French chart description once held "{N}" beside its "{0}": the plan page answered 500 in French only.
        Assert.Empty(TextsWhere(language, e => Regex.IsMatch(e.Value, @"\{\d+") && !Formats(e.Value)));

        static bool Formats(string text)
        {
            try
            {
                _ = string.Format(System.Globalization.CultureInfo.InvariantCulture, text, new object[10]);
                return true;
            }
            catch (FormatException)
            {
                return false;
            }
        }
    }

    [Fact]
    public void Every_key_the_code_asks_for_exists()
    {
        var english = Load("en");
        var sources = Directory
            .EnumerateFiles(Path.Combine(Root, "src"), "*.*", SearchOption.AllDirectories)
            .Where(f =>
                (f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
                && !f.Contains("/obj/", StringComparison.Ordinal)
            );
        var missing = new List<string>();
        foreach (var file in sources)
        {
            var code = File.ReadAllText(file);
            foreach (Match match in Lookup().Matches(code))
            {
                if (!english.ContainsKey(match.Groups["key"].Value))
                {
                    missing.Add($"{Path.GetFileName(file)}: {match.Groups["key"].Value}");
                }
            }
        }

        Assert.Empty(missing);
    }

    [Fact]
    public void Enum_labels_exist_for_every_value()
    {
        var english = Load("en");
        var expected = Enum.GetNames<Domain.Members.Region>()
            .Select(n => "Region." + n)
            .Concat(Enum.GetNames<Domain.Members.CycleStatus>().Select(n => "CycleStatus." + n))
            .Concat(Enum.GetNames<Domain.Members.MemberKind>().Select(n => "MemberKind." + n))
            .Concat(Enum.GetNames<Domain.Campaigns.CampaignPhase>().Select(n => "Campaign.Phase." + n))
            .Concat(Web.Infrastructure.Identity.Roles.All.Select(r => "Role." + r))
            .Concat(ErrorStatuses.SelectMany(c => new[] { $"Error.{c}.Title", $"Error.{c}.Text" }));

        var missing = expected.Where(k => !english.ContainsKey(k)).ToList();
        Assert.Empty(missing);
    }

    [Theory]
    [InlineData("en", "co-creation", "co-creation|cocreation|co creation")]
    [InlineData("fr", "co-création", "co-?cr[ée]ation|co création")]
    [InlineData("es", "cocreación", "co-?creaci[óo]n|co creación")]
    public void Each_language_spells_co_creation_one_way(string language, string spelling, string variants)
    {
        Assert.Empty(OtherSpellings(language, variants, spelling, StringComparison.OrdinalIgnoreCase, WithoutAddresses));
    }

    [Theory]
    [InlineData("en", "Support Unit", "support unit")]
    [InlineData("fr", "Unité d’appui", "unité d[’']appui|unité de soutien")]
    [InlineData("es", "Unidad de Apoyo", "unidad de apoyo")]
    public void Each_language_names_the_support_unit_one_way(string language, string spelling, string variants)
    {
        // A proper name: "la unidad de apoyo" on one page and "la Unidad de Apoyo de OGP" on the next read as two bodies.
        Assert.Empty(OtherSpellings(language, variants, spelling, StringComparison.Ordinal, text => text));
    }

    /// <summary>Each "key: word" where a text of <paramref name="language"/> writes one of the <paramref name="variants"/>
    /// otherwise than <paramref name="spelling"/>.</summary>
    private static List<string> OtherSpellings(
        string language,
        string variants,
        string spelling,
        StringComparison comparison,
        Func<string, string> read
    ) =>
        Load(language)
            .SelectMany(entry =>
                Regex
                    .Matches(read(entry.Value), variants, RegexOptions.IgnoreCase)
                    .Where(m => !m.Value.Equals(spelling, comparison))
                    .Select(m => $"{entry.Key}: {m.Value}")
            )
            .ToList();

    [Theory]
    [InlineData("es", @"\b(tú|tu|tus|te|ti|contigo|puedes|tienes|quieres|necesitas|debes|eres|estás|haz)\b")]
    [InlineData("fr", @"\b(tu|toi|ton|ta|tes|peux|dois|veux|as)\b")]
    public void Each_language_addresses_the_reader_formally(string language, string informal)
    {
        // Spanish speaks to the reader as usted ("Elija", "su cuenta"), French as vous.
        Assert.Empty(TextsWhere(language, entry => Regex.IsMatch(entry.Value, informal, RegexOptions.IgnoreCase)));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    [InlineData("es")]
    public void No_sentence_runs_into_the_next_and_no_word_is_said_twice(string language)
    {
        Assert.Empty(TextsWhere(language, entry => RunTogether().IsMatch(WithoutAddresses(entry.Value)) || Doubled().IsMatch(entry.Value)));
    }

    [Fact]
    public void French_punctuation_keeps_its_space_unbreakable()
    {
        // A phone must never start a line with "; il pourra la changer" or leave a lone "?" or "»".
        Assert.Empty(TextsWhere("fr", entry => Regex.IsMatch(entry.Value, @" [;:?!»]|« ")));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    [InlineData("es")]
    public void Apostrophes_and_quotes_are_typographic(string language)
    {
        // "l'adresse" beside "l’adresse" on one page reads as two hands; English writes “quotes” and ’ the same way.
        // Date patterns (Format.*) are code: there a straight quote marks literal text, as in Spanish "d 'de' MMMM".
        // A straight double quote stays only around punctuation shown as typed (the CSV list separator " ; ").
        Assert.Empty(
            TextsWhere(language, entry =>
                !entry.Key.StartsWith("Format.", StringComparison.Ordinal)
                && (
                    WithoutAddresses(entry.Value).Contains('\'', StringComparison.Ordinal)
                    || Regex.IsMatch(WithoutAddresses(entry.Value), @"""\p{L}")
                )
            )
        );
    }

    [Theory]
    [InlineData("fr", "Philippines", @"\b(de|à|pour|concernant|chez|que|suivre) {0}|{0} (a|n’a|en compte)\b")]
    [InlineData("fr", "Pays-Bas", @"\b(de|à|pour|concernant|chez|que|suivre) {0}|{0} (a|n’a|en compte)\b")]
    [InlineData("fr", "Argentine", @"\b(de|à|pour|concernant|chez|que|suivre) {0}|{0} (a|n’a|en compte)\b")]
    [InlineData("en", "Philippines", @"\b(of|about|for|in) {0}|{0}’s")]
    [InlineData("en", "United States", @"\b(of|about|for|in) {0}|{0}’s")]
    [InlineData("en", "Netherlands", @"\b(of|about|for|in) {0}|{0}’s")]
    public void No_language_puts_a_member_name_where_it_needs_an_article(string language, string member, string needsArticle)
    {
        // "au sujet de Pakistan", "Forum multipartite de Argentine", "the government of United States": French says du
        // Pakistan, de l’Argentine, des Philippines, English the Philippines, the United States, which no placeholder can
        // choose. The texts that show a member's name set it apart instead ("Forum multipartite – Argentine").
        var texts = Load(language);
        var pattern = string.Format(System.Globalization.CultureInfo.InvariantCulture, needsArticle, member);
        var found = MemberNameTexts
            .Select(key =>
                $"{key}: {string.Format(System.Globalization.CultureInfo.InvariantCulture, texts[key], member, member, member, member)}"
            )
            .Where(text => Regex.IsMatch(text, pattern, RegexOptions.IgnoreCase))
            .ToList();

        Assert.Empty(found);
    }

    [Fact]
    public void French_never_writes_de_before_a_persons_name()
    {
        // "le commentaire de Ana", "Billets de Élise": French elides before a vowel (d’Ana), which no placeholder can do.
        var french = Load("fr");
        var found = PersonNameTexts
            .Select(key => $"{key}: {string.Format(System.Globalization.CultureInfo.InvariantCulture, french[key], "Ana")}")
            .Where(text => text.Contains("de Ana", StringComparison.Ordinal))
            .ToList();

        Assert.Empty(found);
    }

    /// <summary>Texts the pages fill with a person's name after "of" or "by".</summary>
    private static readonly string[] PersonNameTexts = ["Comment.OfAuthor", "Blog.AuthorTitle"];

    /// <summary>Texts the pages and emails fill with a member's name (some as a later value: Submission.ByFor, the dashboard's).</summary>
    private static readonly string[] MemberNameTexts =
    [
        "Submission.ByFor",
        "Forum.Title",
        "Member.ForumLink",
        "Member.ScorecardLink",
        "Member.Submissions",
        "Member.TimelineLink",
        "Evidence.AllSubmissions",
        "Evidence.Intro",
        "Scorecard.BackToMember",
        "Moderation.NoContactWarning",
        "Moderation.AwaitingContact",
        "Submission.AwaitingContactExplained",
        "Submission.MoreFromMember",
        "Invite.Title",
        "Invite.Accept.Intro",
        "Email.Invite.Body",
        "Email.Invite.Subject",
        "Notifications.FollowThis",
        "Notifications.Stop",
        "Timeline.Title",
        "Plan.EditTitle",
        "Comment.FeedOfMember",
        "Comment.Role.Official",
        "Dashboard.SubmissionsPerMemberDescription",
        "Plan.Title",
        "Timeline.EditTitle",
        "Timeline.FeedTitle",
        "TimelineChart.Title",
    ];

    /// <summary>Each "key: text" of <paramref name="language"/> whose entry <paramref name="offends"/>, for the failure to list.</summary>
    private static List<string> TextsWhere(string language, Func<KeyValuePair<string, string>, bool> offends) =>
        Load(language).Where(offends).Select(entry => $"{entry.Key}: {entry.Value}").ToList();

    private static string WithoutAddresses(string value) => Address().Replace(value, "");

    private static IEnumerable<string> Placeholders(string value) => PlaceholderPattern().Matches(value).Select(m => m.Value).Order();

    [GeneratedRegex(@"\b(?:T|text|Text)\[""(?<key>[A-Za-z0-9_.]+)""(?=[\],])")]
    private static partial Regex Lookup();

    [GeneratedRegex(@"[\p{Ll}][.!?][\p{Lu}]")]
    private static partial Regex RunTogether();

    [GeneratedRegex(@"\b(\w+) \1\b", RegexOptions.IgnoreCase)]
    private static partial Regex Doubled();

    [GeneratedRegex(@"\S*[a-z0-9]-[a-z0-9-]*\d{4}\S*|https?://\S+|\S+@\S+")]
    private static partial Regex Address();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex PlaceholderPattern();
}
