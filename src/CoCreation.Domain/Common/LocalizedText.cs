using System.Globalization;

namespace CoCreation.Domain.Common;

/// <summary>
/// A text entered per interface language. English is required (it is the fallback);
/// French and Spanish fall back to English when empty.
/// </summary>
public sealed record LocalizedText
{
    public LocalizedText(string en, string? fr = null, string? es = null)
    {
        if (string.IsNullOrWhiteSpace(en))
        {
            throw new DomainException("Domain.LocalizedText.EnglishRequired");
        }

        En = en.Trim();
        Fr = string.IsNullOrWhiteSpace(fr) ? null : fr.Trim();
        Es = string.IsNullOrWhiteSpace(es) ? null : es.Trim();
    }

    public string En { get; private init; }

    public string? Fr { get; private init; }

    public string? Es { get; private init; }

    public string In(CultureInfo culture) => In(culture.TwoLetterISOLanguageName);

    public string In(string language) => language switch
    {
        "fr" => Fr ?? En,
        "es" => Es ?? En,
        _ => En,
    };

    /// <summary>The language of the text <see cref="In(string)"/> gives: English when the wanted one is missing.</summary>
    public string LanguageShown(CultureInfo culture) => culture.TwoLetterISOLanguageName switch
    {
        "fr" when Fr is not null => "fr",
        "es" when Es is not null => "es",
        _ => "en",
    };
}
