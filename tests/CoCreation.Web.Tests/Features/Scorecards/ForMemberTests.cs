using CoCreation.Domain.ActionPlans;
using CoCreation.Domain.Common;
using CoCreation.Domain.Forums;
using CoCreation.Domain.Scorecards;
using CoCreation.Domain.Submissions;
using CoCreation.Web.Features.Scorecards;
using CoCreation.Web.Tests.Features.Forums;
using Microsoft.Extensions.Time.Testing;

namespace CoCreation.Web.Tests.Features.Scorecards;

public sealed class ForMemberTests(WebFixture portal) : PortalTest(portal)
{
    /// <summary>Six days of the 2017-2019 cycle, two a year: enough updates for the repository check, were they the government's.</summary>
    private static readonly DateTimeOffset[] TwoDaysAYear =
    [
        ScorecardScenario.At(2017, 9, 1),
        ScorecardScenario.At(2017, 10, 2),
        ScorecardScenario.At(2018, 3, 1),
        ScorecardScenario.At(2018, 11, 5),
        ScorecardScenario.At(2019, 2, 1),
        ScorecardScenario.At(2019, 6, 3),
    ];

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
        Assert.Equal((1, 1), (card.Implementation.Commitments, card.Implementation.CommitmentsReported));
        Assert.Equal("/commitments/ar0001#progress", EvidenceLinks.Href("AR", "2017-2019", card.Implementation.Evidence[^1]));

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
    public async Task Standard_five_is_not_met_once_a_commitment_of_the_plan_had_no_progress_reported_during_implementation()
    {
        await ScorecardScenario.CreateAsync(Portal);
        await Portal.WithDbAsync(async db =>
        {
            var plan = await db.NationalActionPlans.Include(p => p.Commitments).SingleAsync();
            plan.AddCommitment("AR", "AR0002", new LocalizedText("Beneficial ownership"), ["beneficial-ownership"]);
            await db.SaveChangesAsync();
        });

        var card = (await Portal.QueryAsync(new ForMember.Query("ar")))!.Scorecard;

        Assert.Equal(CheckResult.NotMet, card.Implementation.Result);
        Assert.Equal((7, 2, 1), (card.Implementation.Meetings, card.Implementation.Commitments, card.Implementation.CommitmentsReported));
        using var visitor = Portal.CreateClient();
        var page = await visitor.GetAsync("/members/ar/scorecard", "es");
        var section = page.QuerySelector("section[aria-labelledby=implementation]")!.TextContent;
        Assert.Contains(
            "Reuniones con la sociedad civil y avances informados durante la implementación",
            section,
            StringComparison.Ordinal
        );
        Assert.Contains("Compromisos con avances informados", section, StringComparison.Ordinal);
        Assert.Contains("1 de 2", section, StringComparison.Ordinal);
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

    [Fact]
    public async Task Only_what_the_government_published_keeps_its_repository_up_to_date_never_a_moderator_publishing_citizens_ideas()
    {
        await ScorecardScenario.CreateAsync(Portal);
        var official = (await Portal.CreateUserAsync("official-pe@example.org")).User.Id;

        // Peru's government publishes nothing; the support unit publishes citizens' submissions on six days, two a year.
        await Portal.WithDbAsync(async db =>
        {
            var peru = await db.Members.Where(m => m.Code == "PE").Select(m => m.Id).SingleAsync();
            foreach (var day in TwoDaysAYear)
            {
                var idea = Submission.Submit(
                    peru,
                    SubmissionKind.Question,
                    new SubmissionContent("¿Cuándo se publican los contratos?", "es", "¿Y dónde?"),
                    official,
                    "Rosa (example)",
                    null,
                    false,
                    day.AddHours(-1)
                );
                idea.Publish(official, day);
                idea.ClearDomainEvents();
                db.Submissions.Add(idea);
            }

            await db.SaveChangesAsync();
        });

        var silent = (await Portal.QueryAsync(new ForMember.Query("pe", "2017-2019")))!.Scorecard.Repository;
        Assert.Equal(CheckResult.NotMet, silent.Result);
        Assert.DoesNotContain(silent.Evidence, e => e.Kind == EvidenceKind.Submission);
        Assert.All(silent.Updates, y => Assert.Equal(0, y.Days));

        // Its officials then report progress on a commitment of its published plan on the same six days: now it is kept up to date.
        await Portal.WithDbAsync(async db =>
        {
            var peru = await db.Members.Where(m => m.Code == "PE").Select(m => m.Id).SingleAsync();
            var plan = NationalActionPlan.Start(peru, "2017-2019", PlanStatus.CoCreation);
            var commitment = plan.AddCommitment("PE", "PE0001", new LocalizedText("Open contracting"), []);
            plan.Publish(ScorecardScenario.At(2017, 8, 31));
            foreach (var day in TwoDaysAYear)
            {
                var report = new ProgressReport(
                    DateOnly.FromDateTime(day.UtcDateTime),
                    ProgressLevel.Limited,
                    "Contracts published.",
                    "es",
                    []
                );
                plan.RecordProgress(commitment, null, report, official, day);
            }

            db.NationalActionPlans.Add(plan);
            await db.SaveChangesAsync();
        });

        var reporting = (await Portal.QueryAsync(new ForMember.Query("pe", "2017-2019")))!.Scorecard.Repository;
        Assert.Equal(CheckResult.Met, reporting.Result);
        var progress = reporting.Evidence.Where(e => e.Kind == EvidenceKind.Progress).ToList();
        Assert.Equal(TwoDaysAYear.Length, progress.Count);
        Assert.All(progress, e => Assert.Equal("/commitments/pe0001#progress", EvidenceLinks.Href("PE", "2017-2019", e)));
    }

    [Fact]
    public async Task The_forum_record_its_officials_keep_counts_for_the_repository_never_the_support_unit_editing_it()
    {
        var people = await Scenario.CreateAsync(Portal);
        var clock = new FakeTimeProvider(ScorecardScenario.At(2017, 9, 1));
        await using var timed = Portal.WithClock(clock);

        // Colombia's government publishes nothing; the support unit keeps its forum's record on six days, two a year.
        foreach (var (day, i) in TwoDaysAYear.Select((d, i) => (d, i)))
        {
            clock.SetUtcNow(day);
            await timed.SendAsync(ForumTests.Person($"Persona {i}", "Apoyo OGP", ForumSector.Other, "co"), people.Support);
        }

        var supported = (await Portal.QueryAsync(new ForMember.Query("co", "2017-2019")))!.Scorecard;
        Assert.Equal("2017-2019", supported.Period.Cycle);
        Assert.Equal(CheckResult.NotMet, supported.Repository.Result);
        Assert.DoesNotContain(supported.Repository.Evidence, e => e.Kind == EvidenceKind.Forum);

        // Its official then adds a forum member, publishes the rules and records decisions, a week after each of those days.
        DateTimeOffset[] official = [.. TwoDaysAYear.Select(d => d.AddDays(7))];
        clock.AdjustTime(official[0]);
        await timed.SendAsync(
            ForumTests.Person("Lucía Ramírez", "Secretaría de Transparencia", ForumSector.Government, "co"),
            people.ColombiaOfficial
        );
        clock.SetUtcNow(official[1]);
        await timed.SendAsync(ForumTests.Rules("co"), people.ColombiaOfficial);
        foreach (var day in official[2..])
        {
            clock.SetUtcNow(day);
            await timed.SendAsync(ForumTests.Decision("co"), people.ColombiaOfficial);
        }

        var kept = (await Portal.QueryAsync(new ForMember.Query("co", "2017-2019")))!.Scorecard.Repository;
        Assert.Equal(CheckResult.Met, kept.Result);
        var forum = kept.Evidence.Where(e => e.Kind == EvidenceKind.Forum).ToList();
        Assert.Equal(official.Reverse(), forum.Select(e => e.At));
        Assert.All(forum, e => Assert.Equal("/members/co/forum", EvidenceLinks.Href("CO", "2017-2019", e)));
    }
}
