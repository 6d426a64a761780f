using System.Globalization;

namespace CoCreation.Domain.Common;

/// <summary>
/// A text entered per interface language. One language is enough (a member working in Spanish need not
/// write English); a missing language falls back to English, then to whichever text exists.
/// </summary>
public sealed record LocalizedText
{
    public LocalizedText(string? en, string? fr = null, string? es = null)
    {
        if (string.IsNullOrWhiteSpace(en) && string.IsNullOrWhiteSpace(fr) && string.IsNullOrWhiteSpace(es))
        {
            throw new DomainException("Domain.LocalizedText.OneLanguageRequired");
        }

        En = en?.Trim() ?? "";
        Fr = string.IsNullOrWhiteSpace(fr) ? null : fr.Trim();
        Es = string.IsNullOrWhiteSpace(es) ? null : es.Trim();
    }

    /// <summary>Empty (never null, so the column stays NOT NULL) when the text was written only in French or Spanish.</summary>
    public string En { get; private init; }

    public string? Fr { get; private init; }

    public string? Es { get; private init; }

    public string In(CultureInfo culture) => In(culture.TwoLetterISOLanguageName);

    public string In(string language) =>
        LanguageShown(language) switch
        {
            "fr" => Fr!,
            "es" => Es!,
            _ => En,
        };

    /// <summary>The language of the text <see cref="In(string)"/> gives: the wanted one, else English, else French, else Spanish.</summary>
    public string LanguageShown(CultureInfo culture) => LanguageShown(culture.TwoLetterISOLanguageName);

    public string LanguageShown(string language) =>
        language switch
        {
            "fr" when Fr is not null => "fr",
            "es" when Es is not null => "es",
            _ when En.Length > 0 => "en",
            _ when Fr is not null => "fr",
            _ => "es",
        };
}
