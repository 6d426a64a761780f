using CoCreation.Domain.Scorecards;
using CoCreation.Web.Features.Scorecards;

namespace CoCreation.Web.Tests.Features.Scorecards;

public sealed class ForMemberTests(WebFixture portal) : PortalTest(portal)
{
    [Fact]
    public async Task A_crafted_cycle_gives_each_indicator_its_result_figures_and_evidence()
    {
        var (unanswered, answered) = await ScorecardScenario.CreateAsync(Portal);

        var model = (await Portal.QueryAsync(new ForMember.Query("ar")))!;
        var card = model.Scorecard;

        Assert.Equal(["2017-2019"], model.Cycles);
        Assert.Equal("2017-2019", card.Period.Cycle);
        Assert.Equal(CheckResult.Met, card.Timeline.Result);
        Assert.Equal(14, card.Timeline.Check.DaysBefore);
        Assert.Equal(CheckResult.Met, card.Forum.Result);
        Assert.Equal(6, card.Forum.Meetings);
        Assert.Equal(CheckResult.Met, card.Repository.Result);
        Assert.All(card.Repository.Updates, y => Assert.True(y.Days >= 2, $"{y.Year}: {y.Days}"));
        Assert.Equal(CheckResult.Met, card.Implementation.Result);
        Assert.Equal(7, card.Implementation.Meetings); // two with civil society and five of the forum after 31 August 2017

        // 3 answered of 4 published (the help request and the pending one do not count): 75 %, below the default 100 %.
        Assert.Equal(CheckResult.NotMet, card.Responses.Result);
        Assert.Equal(4, card.Responses.Published);
        Assert.Equal(75, card.Responses.AnsweredPercent);
        Assert.Equal(4, card.Responses.MedianDaysToAnswer);
        Assert.Equal([unanswered], card.Responses.Unanswered.Select(u => u.Id));
        Assert.Equal(answered.Order(), card.Responses.Answers.Select(a => a.Id).Order());
        Assert.Equal(
            "/submissions/" + answered[0] + "#answer",
            EvidenceLinks.Href("AR", "2017-2019", card.Responses.Answers.Single(a => a.Id == answered[0]))
        );
        Assert.All(card.Indicators, i => Assert.NotEmpty(i.Evidence));
    }

    [Fact]
    public async Task A_member_without_records_gets_a_scorecard_not_yet_measurable_and_an_unknown_cycle_falls_back()
    {
        await ScorecardScenario.CreateAsync(Portal);

        var peru = (await Portal.QueryAsync(new ForMember.Query("pe", "1999-2001")))!;

        Assert.True(peru.CycleUnknown);
        Assert.Equal("2017-2019", peru.Scorecard.Period.Cycle);
        Assert.Equal(CheckResult.NotYetMeasurable, peru.Scorecard.Timeline.Result);
        Assert.Equal(CheckResult.NotYetMeasurable, peru.Scorecard.Forum.Result);
        Assert.Equal(CheckResult.NotYetMeasurable, peru.Scorecard.Responses.Result);
        Assert.Equal(CheckResult.NotYetMeasurable, peru.Scorecard.Implementation.Result);
        Assert.Null(await Portal.QueryAsync(new ForMember.Query("zz")));
        Assert.Null(await Portal.QueryAsync(new ForMember.Query(new string('x', 500))));
    }

    [Fact]
    public async Task The_index_gives_every_member_a_scorecard_that_agrees_with_the_member_one()
    {
        await ScorecardScenario.CreateAsync(Portal);

        var index = await Portal.QueryAsync(new Web.Features.Scorecards.Index.Query());
        var argentina = (await Portal.QueryAsync(new ForMember.Query("ar")))!.Scorecard;

        Assert.Equal(30, index.Items.Count);
        var row = index.Items.Single(i => i.Code == "AR").Scorecard;
        Assert.Equal(argentina.Indicators.Select(i => i.Result), row.Indicators.Select(i => i.Result));
        Assert.Equal(argentina.Responses.AnsweredPercent, row.Responses.AnsweredPercent);
        Assert.Equal(1, index.Met(Standard.TimelinePublishedInTime));
    }
}
