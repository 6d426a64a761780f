using CoCreation.Domain.Common;
using CoCreation.Domain.Members;
using CoCreation.Web.Infrastructure.Localization;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace CoCreation.Web.Features.Members;

/// <summary>The fields staff fill in to create or edit a member; Create and Edit share them and their rules.</summary>
public record MemberForm
{
    public string Code { get; set; } = "";

    public MemberKind Kind { get; set; } = MemberKind.Country;

    public Region Region { get; set; }

    public LocalizedInput Name { get; set; } = new();

    public DateOnly JoinedOn { get; set; } = new(2011, 9, 20);

    public bool IsNewMember { get; set; }

    public CycleStatus CycleStatus { get; set; } = CycleStatus.Implementing;

    /// <summary>A method, not a property: model validation reads every property, and an empty English name throws here (a 500).</summary>
    public LocalizedText ToName() => Name.ToText();

    /// <summary>What the audit trail records of a member, before and after a change.</summary>
    public static object Snapshot(Member member) =>
        new
        {
            member.Code,
            Kind = member.Kind.ToString(),
            Region = member.Region.ToString(),
            member.Name.En,
            member.Name.Fr,
            member.Name.Es,
            member.JoinedOn,
            member.IsNewMember,
            CycleStatus = member.CycleStatus.ToString(),
        };
}

public abstract class MemberFormValidator<T> : AbstractValidator<T>
    where T : MemberForm
{
    protected MemberFormValidator(IStringLocalizer<SharedResource> text)
    {
        RuleFor(m => m.Code).NotEmpty().MaximumLength(Member.CodeMax);
        RuleFor(m => m.Kind).IsInEnum().WithMessage(_ => text["Validation.Choice"]);
        RuleFor(m => m.Region).IsInEnum().WithMessage(_ => text["Validation.Choice"]);
        RuleFor(m => m.CycleStatus).IsInEnum().WithMessage(_ => text["Validation.Choice"]);
        RuleFor(m => m.Name).Localized(Member.NameMax, EnglishText.Required);
    }
}
