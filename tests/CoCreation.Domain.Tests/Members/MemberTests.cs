using CoCreation.Domain.Common;
using CoCreation.Domain.Members;

namespace CoCreation.Domain.Tests.Members;

public sealed class MemberTests
{
    private static readonly DateTimeOffset Now = new(2017, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly LocalizedText Argentina = new("Argentina", "Argentine", "Argentina");

    /// <summary>Argentina, a country of the Americas that joined in 2012 and is implementing its plan, but for what is given.</summary>
    private static Member Create(
        string code = "AR",
        MemberKind kind = MemberKind.Country,
        Region region = Region.Americas,
        DateOnly? joinedOn = null,
        CycleStatus cycle = CycleStatus.Implementing
    ) => Member.Create(code, kind, region, Argentina, joinedOn ?? new DateOnly(2012, 1, 1), false, cycle, Now);

    private static string RefusalOf(Func<Member> create) => Assert.Throws<DomainException>(() => create()).Code;

    [Theory]
    [InlineData("ar", MemberKind.Country, "AR")]
    [InlineData(" Fr ", MemberKind.Country, "FR")]
    [InlineData("ar-ba", MemberKind.SubnationalEntity, "AR-BA")]
    [InlineData("US-AUSTIN", MemberKind.SubnationalEntity, "US-AUSTIN")]
    public void Codes_are_normalized_to_upper_case(string code, MemberKind kind, string expected)
    {
        var member = Create(code, kind);

        Assert.Equal(expected, member.Code);
        Assert.Equal(Now, member.CreatedAt);
        Assert.Equal(Now, member.UpdatedAt);
    }

    [Theory]
    [InlineData("ARG", MemberKind.Country, "Domain.Member.CountryCodeInvalid")]
    [InlineData("A1", MemberKind.Country, "Domain.Member.CountryCodeInvalid")]
    [InlineData("", MemberKind.Country, "Domain.Member.CountryCodeInvalid")]
    [InlineData("AR", MemberKind.SubnationalEntity, "Domain.Member.SubnationalCodeInvalid")]
    [InlineData("AR-", MemberKind.SubnationalEntity, "Domain.Member.SubnationalCodeInvalid")]
    [InlineData("AR-TOOLONGCODE", MemberKind.SubnationalEntity, "Domain.Member.SubnationalCodeInvalid")]
    [InlineData("AR BA", MemberKind.SubnationalEntity, "Domain.Member.SubnationalCodeInvalid")]
    public void Malformed_codes_are_refused_with_a_readable_rule(string code, MemberKind kind, string rule)
    {
        var refused = Assert.Throws<DomainException>(() => Create(code, kind));

        Assert.Equal(rule, refused.Code);
        Assert.Equal(code, refused.Arguments[0]);
    }

    [Fact]
    public void Nobody_joined_before_ogp_existed_or_in_the_future()
    {
        Assert.Equal("Domain.Member.JoinedOnOutOfRange", RefusalOf(() => Create(joinedOn: new DateOnly(2010, 12, 31))));
        Assert.Equal("Domain.Member.JoinedOnOutOfRange", RefusalOf(() => Create(joinedOn: new DateOnly(2017, 3, 2))));
        Create(joinedOn: new DateOnly(2017, 3, 1));
    }

    [Fact]
    public void Unknown_enum_values_are_refused()
    {
        Assert.Equal("Domain.Member.RegionUnknown", RefusalOf(() => Create(region: (Region)42)));
        Assert.Equal("Domain.Member.CycleStatusUnknown", RefusalOf(() => Create(cycle: (CycleStatus)42)));
    }

    [Fact]
    public void An_update_stamps_the_last_update_used_by_the_standards_check()
    {
        var member = Create();
        var later = Now.AddMonths(3);

        member.Update(Region.Americas, Argentina, new DateOnly(2012, 1, 1), false, CycleStatus.DevelopingNewPlan, later);

        Assert.Equal(CycleStatus.DevelopingNewPlan, member.CycleStatus);
        Assert.Equal(Now, member.CreatedAt);
        Assert.Equal(later, member.UpdatedAt);
    }
}
