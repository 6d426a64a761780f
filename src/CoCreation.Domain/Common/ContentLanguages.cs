using System.Reflection;
using System.Text.Json;

namespace CoCreation.Domain.Common;

/// <summary>
/// A language content may be written in: a BCP 47 tag, its name in each interface language and in itself,
/// its direction and the PostgreSQL text-search configuration that stems it ("simple" where there is none).
/// </summary>
public sealed record ContentLanguage(string Tag, string Native, string En, string Fr, string Es, bool Rtl, string Search)
{
    /// <summary>The value of an HTML <c>dir</c> attribute for a text in this language.</summary>
    public string Direction => Rtl ? "rtl" : "ltr";

    /// <summary>The name inside a sentence, as the interface language writes it there ("Latvian", "letton", "letón").</summary>
    public string NameIn(string interfaceLanguage) =>
        interfaceLanguage switch
        {
            "fr" => Fr,
            "es" => Es,
            _ => En,
        };

    /// <summary>
    /// "Latvian — latviešu", "Letton — latviešu": the name a visitor knows, then the one its writers know; once when they agree.
    /// </summary>
    public string Label(string interfaceLanguage)
    {
        var name = NameIn(interfaceLanguage);
        var capitalised = string.Concat(name[..1].ToUpperInvariant(), name[1..]);
        return string.Equals(name, Native, StringComparison.OrdinalIgnoreCase) ? capitalised : $"{capitalised} — {Native}";
    }

    /// <summary>"hébreu (עברית)": the name for a sentence, with the language's own name when it differs.</summary>
    public string InSentence(string interfaceLanguage)
    {
        var name = NameIn(interfaceLanguage);
        return string.Equals(name, Native, StringComparison.OrdinalIgnoreCase) ? name : $"{name} ({Native})";
    }
}

/// <summary>
/// The languages submissions, blog posts and imported posts may be written in: at least the official languages of
/// every OGP member and local member. The interface itself stays in OGP's working languages (en, fr, es).
/// The list is <c>content-languages.json</c>, written by <c>scripts/content-languages.mjs</c> from Unicode CLDR.
/// </summary>
public static class ContentLanguages
{
    /// <summary>Room for any tag the list may hold (BCP 47 tags with script and region stay well below).</summary>
    public const int TagMax = 35;

    private static readonly Catalog Data = Load();

    public static IReadOnlyList<ContentLanguage> All => Data.Languages;

    /// <summary>Every text-search configuration a text may be stored with, "simple" included.</summary>
    public static IReadOnlyList<string> SearchConfigurations { get; } =
    [.. Data.Languages.Select(l => l.Search).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>The language a tag names, by the tag itself or its primary subtag ("pt-BR" is Portuguese); null when none.</summary>
    public static ContentLanguage? Find(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return null;
        }

        var trimmed = tag.Trim();
        return Data.ByTag.GetValueOrDefault(trimmed) ?? Data.ByTag.GetValueOrDefault(trimmed.Split('-', '_')[0]);
    }

    /// <summary>True for a tag of the list exactly as stored (lower case, no region): what a form may send.</summary>
    public static bool IsKnown(string? tag) => tag is not null && Data.ByTag.TryGetValue(tag, out var found) && found.Tag == tag;

    /// <summary>"rtl" or "ltr"; an unknown tag reads left to right.</summary>
    public static string DirectionOf(string? tag) => Find(tag)?.Direction ?? "ltr";

    /// <summary>The language a member writes most (the tag a form for that member starts with); English when unknown.</summary>
    public static string FirstOf(string? memberCode) => OfMember(memberCode) is [var first, ..] ? first.Tag : "en";

    /// <summary>
    /// The languages of a member, most written first: a local member ("ES-PV") has its own list or its country's.
    /// </summary>
    public static IReadOnlyList<ContentLanguage> OfMember(string? memberCode)
    {
        if (string.IsNullOrWhiteSpace(memberCode))
        {
            return [];
        }

        var code = memberCode.Trim().ToUpperInvariant();
        var tags = Data.Members.GetValueOrDefault(code) ?? Data.Members.GetValueOrDefault(code.Split('-')[0]) ?? [];
        return [.. tags.Select(t => Data.ByTag[t])];
    }

    private static Catalog Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("CoCreation.Domain.Common.content-languages.json")
            ?? throw new InvalidOperationException("content-languages.json is not embedded in the domain assembly.");
        var file = JsonSerializer.Deserialize<CatalogFile>(stream, JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException("content-languages.json is empty.");
        var languages = file.Languages.Select(l => new ContentLanguage(l.Tag, l.Native, l.En, l.Fr, l.Es, l.Rtl, l.Search)).ToList();
        return new Catalog(
            languages,
            languages.ToDictionary(l => l.Tag, StringComparer.OrdinalIgnoreCase),
            file.Members.ToDictionary(m => m.Key, m => m.Value, StringComparer.OrdinalIgnoreCase)
        );
    }

    private sealed record Catalog(
        IReadOnlyList<ContentLanguage> Languages,
        IReadOnlyDictionary<string, ContentLanguage> ByTag,
        IReadOnlyDictionary<string, string[]> Members
    );

    private sealed record CatalogFile(List<LanguageRow> Languages, Dictionary<string, string[]> Members);

    private sealed record LanguageRow(string Tag, string Native, string En, string Fr, string Es, bool Rtl, string Search);
}
