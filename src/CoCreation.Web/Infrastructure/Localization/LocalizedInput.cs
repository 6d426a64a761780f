namespace CoCreation.Web.Infrastructure.Localization;

/// <summary>
/// A text a form asks for in each interface language; it binds as <c>Title.En</c>, <c>Title.Fr</c>,
/// <c>Title.Es</c>, is checked by <see cref="LocalizedInputValidator"/> and shown by the
/// <c>&lt;localized-field&gt;</c> tag helper. Handlers turn it into the domain's <see cref="LocalizedText"/>.
/// </summary>
public sealed record LocalizedInput
{
    public string? En { get; set; }

    public string? Fr { get; set; }

    public string? Es { get; set; }

    /// <summary>
    /// A method, not a property: model validation reads every property, and a text missing in every language throws here.
    /// </summary>
    public LocalizedText ToText() => new(En, Fr, Es);

    /// <summary>Null when nothing was typed in any language.</summary>
    public LocalizedText? ToOptionalText() =>
        string.IsNullOrWhiteSpace(En) && string.IsNullOrWhiteSpace(Fr) && string.IsNullOrWhiteSpace(Es) ? null : ToText();

    public static LocalizedInput From(LocalizedText? text) =>
        new()
        {
            En = text?.En,
            Fr = text?.Fr,
            Es = text?.Es,
        };
}

/// <summary>When a form needs the English text, the fallback every reader sees when their language is missing.</summary>
public enum EnglishText
{
    Optional,
    Required,

    /// <summary>Optional, but needed as soon as a French or Spanish text is given.</summary>
    RequiredWithTranslations,

    /// <summary>
    /// No English needed: a text in any one of the three languages is enough (a member working in Spanish or French writes in it).
    /// </summary>
    AnyLanguage,
}

/// <summary>
/// The rules of a <see cref="LocalizedInput"/>: at most <c>maxLength</c> characters in each language, and English as asked.
/// </summary>
public sealed class LocalizedInputValidator : AbstractValidator<LocalizedInput>
{
    public LocalizedInputValidator(int maxLength, EnglishText english = EnglishText.Optional, Func<string>? englishMissing = null)
    {
        RuleFor(i => i.En).MaximumLength(maxLength);
        RuleFor(i => i.Fr).MaximumLength(maxLength);
        RuleFor(i => i.Es).MaximumLength(maxLength);
        var required = english switch
        {
            EnglishText.Required => RuleFor(i => i.En).NotEmpty(),
            EnglishText.RequiredWithTranslations => RuleFor(i => i.En)
                .NotEmpty()
                .When(i => !string.IsNullOrWhiteSpace(i.Fr) || !string.IsNullOrWhiteSpace(i.Es)),
            // The message stands under the first field, so the error summary has a field to link to.
            EnglishText.AnyLanguage => RuleFor(i => i.En)
                .Must((i, _) => !string.IsNullOrWhiteSpace(i.En) || !string.IsNullOrWhiteSpace(i.Fr) || !string.IsNullOrWhiteSpace(i.Es))
                .WithErrorCode("OneLanguageRequired")
                .WithMessage(_ => englishMissing?.Invoke() ?? ""),
            _ => null,
        };
        if (required is not null && englishMissing is not null)
        {
            required.WithMessage(_ => englishMissing());
        }
    }
}

public static class LocalizedInputRules
{
    /// <summary>Checks a per-language text: <c>RuleFor(c => c.Title).Localized(Campaign.TitleMax, EnglishText.Required)</c>.</summary>
    public static IRuleBuilderOptions<T, LocalizedInput> Localized<T>(
        this IRuleBuilder<T, LocalizedInput> rule,
        int maxLength,
        EnglishText english = EnglishText.Optional,
        Func<string>? englishMissing = null
    ) => rule.SetValidator(new LocalizedInputValidator(maxLength, english, englishMissing));
}
