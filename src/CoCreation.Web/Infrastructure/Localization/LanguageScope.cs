using System.Globalization;

namespace CoCreation.Web.Infrastructure.Localization;

/// <summary>Writes in someone else's language for a moment (an email to its reader), then restores the request's.</summary>
public readonly struct LanguageScope : IDisposable
{
    private readonly CultureInfo _culture;
    private readonly CultureInfo _uiCulture;

    private LanguageScope(string language)
    {
        _culture = CultureInfo.CurrentCulture;
        _uiCulture = CultureInfo.CurrentUICulture;
        var culture = new CultureInfo(LocalizationSetup.Normalize(language));
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
    }

    public static LanguageScope In(string? language) => new(language ?? "en");

    public void Dispose()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
    }
}
