using CoCreation.Domain.Common;
using CoCreation.Domain.Members;

namespace CoCreation.Domain.Tests.Members;

public sealed class MemberTests
{
    private static readonly DateTimeOffset Now = new(2017, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly LocalizedText Argentina = new("Argentina", "Argentine", "Argentina");

    [Theory]
    [InlineData("ar", MemberKind.Country, "AR")]
    [InlineData(" Fr ", MemberKind.Country, "FR")]
    [InlineData("ar-ba", MemberKind.SubnationalEntity, "AR-BA")]
    [InlineData("US-AUSTIN", MemberKind.SubnationalEntity, "US-AUSTIN")]
    public void Codes_are_normalized_to_upper_case(string code, MemberKind kind, string expected)
    {
        var member = Member.Create(code, kind, Region.Americas, Argentina, new DateOnly(2012, 1, 1), false, CycleStatus.Implementing, Now);

        Assert.Equal(expected, member.Code);
        Assert.Equal(Now, member.CreatedAt);
        Assert.Equal(Now, member.UpdatedAt);
    }

    [Theory]
    [InlineData("ARG", MemberKind.Country)]
    [InlineData("A1", MemberKind.Country)]
    [InlineData("", MemberKind.Country)]
    [InlineData("AR", MemberKind.SubnationalEntity)]
    [InlineData("AR-", MemberKind.SubnationalEntity)]
    [InlineData("AR-TOOLONGCODE", MemberKind.SubnationalEntity)]
    [InlineData("AR BA", MemberKind.SubnationalEntity)]
    public void Malformed_codes_are_refused_with_a_readable_rule(string code, MemberKind kind)
    {
        var refused = Assert.Throws<DomainException>(() => Member.Create(code, kind, Region.Americas, Argentina, new DateOnly(2012, 1, 1), false, CycleStatus.Implementing, Now));

        Assert.StartsWith("Domain.Member.", refused.Code, StringComparison.Ordinal);
        Assert.Equal(code, refused.Arguments[0]);
    }

    [Fact]
    public void Nobody_joined_before_ogp_existed_or_in_the_future()
    {
        Assert.Throws<DomainException>(() => Member.Create("AR", MemberKind.Country, Region.Americas, Argentina, new DateOnly(2010, 12, 31), false, CycleStatus.Implementing, Now));
        Assert.Throws<DomainException>(() => Member.Create("AR", MemberKind.Country, Region.Americas, Argentina, new DateOnly(2017, 3, 2), false, CycleStatus.Implementing, Now));
        Member.Create("AR", MemberKind.Country, Region.Americas, Argentina, new DateOnly(2017, 3, 1), false, CycleStatus.Implementing, Now);
    }

    [Fact]
    public void Unknown_enum_values_are_refused()
    {
        Assert.Throws<DomainException>(() => Member.Create("AR", MemberKind.Country, (Region)42, Argentina, new DateOnly(2012, 1, 1), false, CycleStatus.Implementing, Now));
        Assert.Throws<DomainException>(() => Member.Create("AR", MemberKind.Country, Region.Americas, Argentina, new DateOnly(2012, 1, 1), false, (CycleStatus)42, Now));
    }

    [Fact]
    public void An_update_stamps_the_last_update_used_by_the_standards_check()
    {
        var member = Member.Create("AR", MemberKind.Country, Region.Americas, Argentina, new DateOnly(2012, 1, 1), false, CycleStatus.Implementing, Now);
        var later = Now.AddMonths(3);

        member.Update(Region.Americas, Argentina, new DateOnly(2012, 1, 1), false, CycleStatus.DevelopingNewPlan, later);

        Assert.Equal(CycleStatus.DevelopingNewPlan, member.CycleStatus);
        Assert.Equal(Now, member.CreatedAt);
        Assert.Equal(later, member.UpdatedAt);
    }
}
