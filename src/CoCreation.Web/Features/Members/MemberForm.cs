using CoCreation.Domain.Members;
using CoCreation.Web.Infrastructure.Localization;

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

    /// <summary>A subnational entity's country, by code.</summary>
    public string? CountryCode { get; set; }

    /// <summary>The action plan cycle it is developing or implementing, "2017-2019".</summary>
    public string? CurrentCycle { get; set; }

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
            member.ParentId,
            member.CurrentCycle,
        };

    /// <summary>Places the member in its country and its cycle; a refusal names the field it concerns.</summary>
    public async Task ApplyPlaceAsync(
        Data.PortalDbContext db,
        Member member,
        IStringLocalizer<SharedResource> text,
        DateTimeOffset now,
        CancellationToken cancellationToken
    )
    {
        Member? country = null;
        if (!string.IsNullOrWhiteSpace(CountryCode))
        {
            var code = CountryCode.Trim().ToUpperInvariant();
            country = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleOrDefaultAsync(
                db.Members,
                m => m.Code == code,
                cancellationToken
            ) ?? throw new Infrastructure.Mediator.InputException(nameof(CountryCode), text["Member.CountryUnknown", code]);
        }

        try
        {
            member.BelongTo(country, now);
        }
        catch (DomainException ex)
        {
            throw new Infrastructure.Mediator.InputException(nameof(CountryCode), text[ex.Code]);
        }

        try
        {
            member.ChangeCycle(CurrentCycle, now);
        }
        catch (DomainException ex)
        {
            throw new Infrastructure.Mediator.InputException(nameof(CurrentCycle), text[ex.Code]);
        }
    }
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
        RuleFor(m => m.CountryCode).MaximumLength(Member.CodeMax);
        RuleFor(m => m.CurrentCycle).MaximumLength(Domain.Timelines.CoCreationTimeline.CycleMax);
    }
}
