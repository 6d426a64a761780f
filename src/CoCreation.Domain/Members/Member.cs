using System.Text.RegularExpressions;
using CoCreation.Domain.Common;

namespace CoCreation.Domain.Members;

/// <summary>
/// An OGP member: a country (ISO 3166-1 alpha-2 code) or a subnational entity
/// (ISO 3166-2 style code, e.g. "AR-BA").
/// </summary>
public sealed partial class Member : Entity
{
    /// <summary>The longest name, in each language.</summary>
    public const int NameMax = 120;

    /// <summary>The longest code (a country's ISO code, or a local member's).</summary>
    public const int CodeMax = 12;

    private Member() { }

    public int Id { get; private set; }

    public string Code { get; private set; } = "";

    public MemberKind Kind { get; private set; }

    public Region Region { get; private set; }

    public LocalizedText Name { get; private set; } = null!;

    public DateOnly JoinedOn { get; private set; }

    public bool IsNewMember { get; private set; }

    public CycleStatus CycleStatus { get; private set; }

    /// <summary>The country a subnational entity belongs to; none for a country.</summary>
    public int? ParentId { get; private set; }

    /// <summary>
    /// The action plan cycle the member is developing or implementing, "2017-2019" (as timelines and plans name
    /// cycles): what a submission sent today is about. None when nobody has said yet.
    /// </summary>
    public string? CurrentCycle { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Last change of the member's own record; the standards check reads it as "page kept up to date".</summary>
    public DateTimeOffset UpdatedAt { get; private set; }

    public static Member Create(
        string code,
        MemberKind kind,
        Region region,
        LocalizedText name,
        DateOnly joinedOn,
        bool isNewMember,
        CycleStatus cycleStatus,
        DateTimeOffset now
    )
    {
        var normalized = NormalizeCode(code, kind);
        var member = new Member
        {
            Code = normalized,
            Kind = kind,
            CreatedAt = now,
        };
        member.Update(region, name, joinedOn, isNewMember, cycleStatus, now);
        return member;
    }

    public static string NormalizeCode(string code, MemberKind kind)
    {
        var upper = (code ?? "").Trim().ToUpperInvariant();
        var valid = kind == MemberKind.Country ? CountryCode().IsMatch(upper) : SubnationalCode().IsMatch(upper);
        if (!valid)
        {
            throw new DomainException(
                kind == MemberKind.Country ? "Domain.Member.CountryCodeInvalid" : "Domain.Member.SubnationalCodeInvalid",
                code ?? ""
            );
        }

        return upper;
    }

    /// <summary>
    /// The member's own record as the support unit keeps it; refuses an unknown region or cycle, and a joining date
    /// before OGP began or in the future.
    /// </summary>
    public void Update(Region region, LocalizedText name, DateOnly joinedOn, bool isNewMember, CycleStatus cycleStatus, DateTimeOffset now)
    {
        if (!Enum.IsDefined(region))
        {
            throw new DomainException("Domain.Member.RegionUnknown");
        }

        if (!Enum.IsDefined(cycleStatus))
        {
            throw new DomainException("Domain.Member.CycleStatusUnknown");
        }

        if (joinedOn.Year < 2011 || joinedOn > DateOnly.FromDateTime(now.UtcDateTime))
        {
            // OGP was launched in September 2011; nobody joined before it or in the future.
            throw new DomainException("Domain.Member.JoinedOnOutOfRange");
        }

        Region = region;
        Name = name;
        JoinedOn = joinedOn;
        IsNewMember = isNewMember;
        CycleStatus = cycleStatus;
        UpdatedAt = now;
    }

    /// <summary>
    /// Places a subnational entity within its country; a country stands on its own. Refuses a country with a parent,
    /// a subnational entity without one, and a parent that is not a country.
    /// </summary>
    public void BelongTo(Member? country, DateTimeOffset now)
    {
        if (Kind == MemberKind.Country && country is not null)
        {
            throw new DomainException("Domain.Member.CountryHasNoParent");
        }

        if (Kind == MemberKind.SubnationalEntity && (country is null || country.Kind != MemberKind.Country))
        {
            throw new DomainException("Domain.Member.ParentMustBeCountry");
        }

        if (ParentId != country?.Id)
        {
            ParentId = country?.Id;
            UpdatedAt = now;
        }
    }

    /// <summary>Names the cycle the member is in ("2017-2019"); none clears it.</summary>
    public void ChangeCycle(string? cycle, DateTimeOffset now)
    {
        var checkedCycle = string.IsNullOrWhiteSpace(cycle) ? null : Timelines.CoCreationTimeline.CheckedCycle(cycle);
        if (checkedCycle != CurrentCycle)
        {
            CurrentCycle = checkedCycle;
            UpdatedAt = now;
        }
    }

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex CountryCode();

    [GeneratedRegex("^[A-Z]{2}-[A-Z0-9]{1,8}$")]
    private static partial Regex SubnationalCode();
}
