using CoCreation.Domain.Common;
using CoCreation.Domain.Members;
using CoCreation.Domain.Submissions;

namespace CoCreation.Domain.Tests.Members;

/// <summary>A subnational member belongs to a country; a member names the cycle it is in; a submission where it was sent.</summary>
public sealed class MemberPlaceTests
{
    private static readonly DateTimeOffset Now = new(2017, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private static Member Make(string code, MemberKind kind) =>
        Member.Create(code, kind, Region.Europe, new LocalizedText(code), new DateOnly(2016, 1, 1), false, CycleStatus.Implementing, Now);

    [Fact]
    public void A_subnational_entity_belongs_to_a_country_and_a_country_to_nobody()
    {
        var country = Make("GB", MemberKind.Country);
        var scotland = Make("GB-SCT", MemberKind.SubnationalEntity);
        var paris = Make("FR-75", MemberKind.SubnationalEntity);

        Assert.Equal("Domain.Member.ParentMustBeCountry", Assert.Throws<DomainException>(() => scotland.BelongTo(null, Now)).Code);
        Assert.Equal("Domain.Member.ParentMustBeCountry", Assert.Throws<DomainException>(() => scotland.BelongTo(paris, Now)).Code);
        Assert.Equal("Domain.Member.CountryHasNoParent", Assert.Throws<DomainException>(() => country.BelongTo(country, Now)).Code);
        scotland.BelongTo(country, Now);
        country.BelongTo(null, Now);
    }

    [Theory]
    [InlineData("2016-2018", "2016-2018")]
    [InlineData(" 2017-2019 ", "2017-2019")]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void A_member_names_its_cycle_as_plans_do(string? given, string? kept)
    {
        var member = Make("GB", MemberKind.Country);

        member.ChangeCycle(given, Now.AddDays(1));

        Assert.Equal(kept, member.CurrentCycle);
    }

    [Theory]
    [InlineData("2019-2017")]
    [InlineData("2017")]
    [InlineData("next cycle")]
    public void A_cycle_that_is_not_two_years_in_order_is_refused(string cycle)
    {
        var member = Make("GB", MemberKind.Country);

        Assert.Equal("Domain.Plan.CycleInvalid", Assert.Throws<DomainException>(() => member.ChangeCycle(cycle, Now)).Code);
    }

    [Fact]
    public void A_submission_records_its_campaign_and_cycle_when_sent_and_not_afterwards()
    {
        var submission = Submission.Submit(
            1,
            SubmissionKind.Question,
            new SubmissionContent("When?", "en", "When are the workshops?"),
            Guid.NewGuid(),
            "Ana",
            null,
            false,
            Now
        );

        submission.SentIn(7, "2017-2019");

        Assert.Equal(7, submission.CampaignId);
        Assert.Equal("2017-2019", submission.Cycle);
        submission.Publish(Guid.NewGuid(), Now.AddHours(1));
        Assert.Equal("Domain.Submission.PlacedOnlyWhenSent", Assert.Throws<DomainException>(() => submission.SentIn(8, null)).Code);
        Assert.Equal(7, submission.CampaignId);
    }
}
