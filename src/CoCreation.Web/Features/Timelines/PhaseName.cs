using CoCreation.Domain.Common;
using FluentValidation;

namespace CoCreation.Web.Features.Timelines;

/// <summary>A phase's name in the three languages, as AddPhase and RenamePhase take it, with its rules.</summary>
public record PhaseName
{
    public string NameEn { get; set; } = "";

    public string? NameFr { get; set; }

    public string? NameEs { get; set; }

    /// <summary>A method, not a property: model binding and validation read every property, and an empty English name throws here.</summary>
    public LocalizedText ToName() => new(NameEn, NameFr, NameEs);
}

public abstract class PhaseNameValidator<T> : AbstractValidator<T>
    where T : PhaseName
{
    protected PhaseNameValidator()
    {
        RuleFor(c => c.NameEn).NotEmpty().MaximumLength(120);
        RuleFor(c => c.NameFr).MaximumLength(120);
        RuleFor(c => c.NameEs).MaximumLength(120);
    }
}
