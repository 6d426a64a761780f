using CoCreation.Web.Infrastructure.Localization;

namespace CoCreation.Web.Features.Timelines;

/// <summary>A phase's name in the three languages, as AddPhase and RenamePhase take it, with its rules.</summary>
public record PhaseName
{
    public LocalizedInput Name { get; set; } = new();

    /// <summary>
    /// A method, not a property: model binding and validation read every property, and a name empty in every language throws here.
    /// </summary>
    public LocalizedText ToName() => Name.ToText();
}

public abstract class PhaseNameValidator<T> : AbstractValidator<T>
    where T : PhaseName
{
    protected PhaseNameValidator(IStringLocalizer<SharedResource> text)
    {
        // A member working in Spanish or French names its phases in that language; one language is enough.
        RuleFor(c => c.Name)
            .Localized(Domain.Timelines.TimelinePhase.NameMax, EnglishText.AnyLanguage, () =>
                text["Domain.LocalizedText.OneLanguageRequired"]
            );
    }
}
