using System.Globalization;
using FluentValidation.Resources;

namespace CoCreation.Web.Infrastructure.Localization;

/// <summary>
/// FluentValidation's default messages for the rules every form uses (required, at most N characters) come
/// from our resource files, so a validator states the rule and never repeats its sentence. Other rules keep
/// FluentValidation's own messages, which follow the request's UI culture (it ships fr and es).
/// </summary>
public sealed class PortalLanguageManager(IStringLocalizer text) : LanguageManager
{
    // FluentValidation fills {MaxLength} itself; our sentences number their argument {0}.
    private static readonly Dictionary<string, (string Key, string[] Placeholders)> Ours = new()
    {
        ["NotEmptyValidator"] = ("Validation.Required", []),
        ["NotNullValidator"] = ("Validation.Required", []),
        ["MaximumLengthValidator"] = ("Validation.MaxLength", ["{MaxLength}"]),
    };

    public override string GetString(string key, CultureInfo? culture = null)
    {
        if (!Ours.TryGetValue(key, out var ours))
        {
            return base.GetString(key, culture);
        }

        var wanted = culture ?? Culture ?? CultureInfo.CurrentUICulture;
        using var scope =
            wanted.Name == CultureInfo.CurrentUICulture.Name ? default(LanguageScope?) : LanguageScope.In(wanted.TwoLetterISOLanguageName);
        return string.Format(CultureInfo.InvariantCulture, text[ours.Key].Value, ours.Placeholders);
    }
}
