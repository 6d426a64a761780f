using CoCreation.Domain.Campaigns;
using CoCreation.Domain.Common;

namespace CoCreation.Domain.Tests.Campaigns;

public sealed class CampaignTests
{
    private static readonly DateTimeOffset Now = new(2017, 1, 10, 9, 0, 0, TimeSpan.Zero);
    private static readonly CampaignContent Content = new(new("Global Co-creation Week"), new("Summary"), new("Description"), new("How"));
    private static readonly DateOnly Start = new(2017, 3, 27);
    private static readonly DateOnly End = new(2017, 3, 30);

    [Fact]
    public void Hashtags_get_their_hash_lose_duplicates_whatever_the_case_and_keep_order()
    {
        var campaign = Campaign.Create("week", Content, Start, End, ["OGPcocreate", " #myNAPask ", "#ogpcocreate", ""], [], Now);

        Assert.Equal(["#OGPcocreate", "#myNAPask"], campaign.Hashtags);
    }

    [Theory]
    [InlineData("#two words")]
    [InlineData("#bad-tag")]
    [InlineData("#")]
    [InlineData("#<script>")]
    public void Malformed_hashtags_are_refused(string tag)
    {
        var refused = Assert.Throws<DomainException>(() => Campaign.Create("week", Content, Start, End, [tag], [], Now));

        Assert.Equal("Domain.Campaign.HashtagInvalid", refused.Code);
    }

    [Fact]
    public void Accented_hashtags_are_welcome()
    {
        var campaign = Campaign.Create("week", Content, Start, End, ["#cocreación", "#transparência"], [], Now);

        Assert.Equal(2, campaign.Hashtags.Count);
    }

    [Fact]
    public void The_last_day_cannot_come_before_the_first()
    {
        var refused = Assert.Throws<DomainException>(() => Campaign.Create("week", Content, End, Start, [], [], Now));

        Assert.Equal("Domain.Campaign.EndsBeforeStart", refused.Code);
    }

    [Theory]
    [InlineData("Has Spaces", "Domain.Campaign.SlugInvalid")]
    [InlineData("-leading", "Domain.Campaign.SlugInvalid")]
    [InlineData("double--hyphen", "Domain.Campaign.SlugInvalid")]
    [InlineData("", "Domain.Campaign.SlugInvalid")]
    [InlineData("create", "Domain.Campaign.SlugReserved")]
    public void Slugs_are_lower_case_words_joined_by_single_hyphens_and_not_reserved(string slug, string rule)
    {
        Assert.Equal(rule, Assert.Throws<DomainException>(() => Campaign.Create(slug, Content, Start, End, [], [], Now)).Code);
    }

    [Fact]
    public void Participants_are_set_without_duplicates_and_replaced_on_update()
    {
        var campaign = Campaign.Create("week", Content, Start, End, [], [1, 2, 2, 3], Now);
        Assert.Equal([1, 2, 3], campaign.Participants.Select(p => p.MemberId).Order());

        campaign.Update(Content, Start, End, [], [3, 4], Now.AddDays(1));

        Assert.Equal([3, 4], campaign.Participants.Select(p => p.MemberId).Order());
        Assert.Equal(Now.AddDays(1), campaign.UpdatedAt);
    }

    [Theory]
    [InlineData(2017, 3, 26, CampaignPhase.Upcoming)]
    [InlineData(2017, 3, 27, CampaignPhase.Running)]
    [InlineData(2017, 3, 30, CampaignPhase.Running)]
    [InlineData(2017, 3, 31, CampaignPhase.Over)]
    public void The_phase_follows_the_dates_inclusively(int year, int month, int day, CampaignPhase phase)
    {
        var campaign = Campaign.Create("week", Content, Start, End, [], [], Now);

        Assert.Equal(phase, campaign.PhaseOn(new DateOnly(year, month, day)));
    }
}
