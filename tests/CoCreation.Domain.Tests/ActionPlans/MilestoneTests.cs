using CoCreation.Domain.ActionPlans;
using CoCreation.Domain.Common;

namespace CoCreation.Domain.Tests.ActionPlans;

public sealed class MilestoneTests
{
    private static readonly Guid Official = Guid.NewGuid();
    private static readonly DateTimeOffset Now = new(2018, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private static (NationalActionPlan Plan, Commitment Commitment) Plan(PlanStatus status = PlanStatus.Implementing)
    {
        var plan = NationalActionPlan.Start(1, "2017-2019", status);
        var commitment = plan.AddCommitment(
            "AR",
            "AR0090",
            new CommitmentDetails(
                new LocalizedText("Open contracting"),
                null,
                null,
                null,
                null,
                ["open-contracting"],
                [],
                null,
                [],
                new DateOnly(2017, 9, 1),
                new DateOnly(2019, 8, 31)
            )
        );
        return (plan, commitment);
    }

    private static MilestoneDetails Step(string text, DateOnly starts, DateOnly ends) =>
        new(new LocalizedText(text), starts, ends, "A report");

    private static ProgressReport Report(ProgressLevel level, params EvidenceLink[] evidence) =>
        new(new DateOnly(2018, 5, 30), level, "Contracts published.", "es", evidence);

    [Fact]
    public void A_milestone_lies_within_the_commitments_dates_and_ends_after_it_starts()
    {
        var (plan, commitment) = Plan();

        var backwards = Assert.Throws<DomainException>(() => Step("Backwards", new DateOnly(2018, 3, 1), new DateOnly(2018, 2, 1)));
        var early = Assert.Throws<DomainException>(() =>
            plan.AddMilestone(commitment, Step("Early", new DateOnly(2017, 8, 1), new DateOnly(2017, 12, 1)), Official, Now)
        );
        var late = Assert.Throws<DomainException>(() =>
            plan.AddMilestone(commitment, Step("Late", new DateOnly(2018, 1, 1), new DateOnly(2019, 9, 1)), Official, Now)
        );
        plan.AddMilestone(commitment, Step("Inside", new DateOnly(2017, 9, 1), new DateOnly(2019, 8, 31)), Official, Now);

        Assert.Equal("Domain.Milestone.EndsBeforeStart", backwards.Code);
        Assert.Equal("Domain.Milestone.OutsidePeriod", early.Code);
        Assert.Equal("Domain.Milestone.OutsidePeriod", late.Code);
        Assert.Equal(["Inside"], commitment.Milestones.Select(m => m.Text.En));
    }

    [Fact]
    public void A_commitment_without_dates_takes_its_milestones_from_the_first_of_January_to_the_last_of_December_of_the_cycle()
    {
        var (dated, commitment) = Plan();
        var plan = NationalActionPlan.Start(1, "2017-2019", PlanStatus.Implementing);
        var undated = plan.AddCommitment(
            "AR",
            "AR0091",
            new CommitmentDetails(new LocalizedText("Open budgets"), null, null, null, null, [], [], null, [], null, null)
        );
        var startOnly = plan.AddCommitment(
            "AR",
            "AR0092",
            new CommitmentDetails(
                new LocalizedText("Open courts"),
                null,
                null,
                null,
                null,
                [],
                [],
                null,
                [],
                new DateOnly(2018, 3, 1),
                null
            )
        );

        Assert.Equal((new DateOnly(2017, 1, 1), new DateOnly(2019, 12, 31)), plan.MilestonePeriod(undated));
        Assert.Equal((new DateOnly(2018, 3, 1), new DateOnly(2019, 12, 31)), plan.MilestonePeriod(startOnly));
        Assert.Equal((new DateOnly(2017, 9, 1), new DateOnly(2019, 8, 31)), dated.MilestonePeriod(commitment));
    }

    [Fact]
    public void Milestones_change_only_while_the_plan_is_in_co_creation_or_implementing()
    {
        var (plan, commitment) = Plan(PlanStatus.Submitted);

        var refused = Assert.Throws<DomainException>(() =>
            plan.AddMilestone(commitment, Step("Publish data", new DateOnly(2018, 1, 1), new DateOnly(2018, 6, 30)), Official, Now)
        );

        Assert.Equal("Domain.Milestone.PlanClosed", refused.Code);
        Assert.Empty(commitment.Milestones);
    }

    [Fact]
    public void Changes_after_publication_are_kept_as_revisions_and_changes_before_are_not()
    {
        var (plan, commitment) = Plan();
        var first = plan.AddMilestone(
            commitment,
            Step("Draft the standard", new DateOnly(2018, 1, 1), new DateOnly(2018, 6, 30)),
            Official,
            Now
        );
        var second = plan.AddMilestone(
            commitment,
            Step("Publish data", new DateOnly(2018, 7, 1), new DateOnly(2018, 12, 31)),
            Official,
            Now
        );
        Assert.Empty(commitment.Revisions);

        plan.Publish(Now);
        plan.ChangeMilestone(
            commitment,
            first,
            Step("Draft the standard", new DateOnly(2018, 1, 1), new DateOnly(2018, 9, 30)),
            Official,
            Now
        );
        plan.MoveMilestone(commitment, second, -1, Official, Now);
        plan.MoveMilestone(commitment, second, -1, Official, Now);
        var third = plan.AddMilestone(commitment, Step("Evaluate", new DateOnly(2019, 1, 1), new DateOnly(2019, 6, 30)), Official, Now);

        Assert.Equal(
            [
                (CommitmentChange.MilestoneChanged, "Draft the standard", "ends-on"),
                (CommitmentChange.MilestonesReordered, "Publish data", ""),
                (CommitmentChange.MilestoneAdded, "Evaluate", ""),
            ],
            commitment.Revisions.Select(r => (r.Change, r.Subject, string.Join(",", r.Fields)))
        );
        Assert.Equal([second, first, third], commitment.Milestones.OrderBy(m => m.Order));
    }

    [Fact]
    public void No_progress_update_on_a_plan_not_yet_published()
    {
        var (plan, commitment) = Plan();

        var refused = Assert.Throws<DomainException>(() =>
            plan.RecordProgress(commitment, null, Report(ProgressLevel.Limited), Official, Now)
        );

        Assert.Equal("Domain.Progress.PlanNotPublished", refused.Code);
        Assert.Empty(commitment.Progress);
    }

    [Fact]
    public void Every_update_is_kept_and_one_on_the_whole_commitment_moves_its_completion_unless_it_says_no_evidence()
    {
        var (plan, commitment) = Plan();
        plan.Publish(Now);

        plan.RecordProgress(
            commitment,
            null,
            Report(ProgressLevel.Substantial, new EvidenceLink("https://example.org/contracts.csv", " Contracts ")),
            Official,
            Now
        );
        plan.RecordProgress(commitment, null, Report(ProgressLevel.NoEvidence), Official, Now);

        Assert.Equal([ProgressLevel.Substantial, ProgressLevel.NoEvidence], commitment.Progress.Select(p => p.Level));
        Assert.Equal(CompletionLevel.Substantial, commitment.Completion);
        Assert.Equal([new EvidenceLink("https://example.org/contracts.csv", "Contracts")], commitment.Progress[0].Evidence);
    }

    [Theory]
    [InlineData("ftp://example.org/file")]
    [InlineData("/relative/path")]
    [InlineData("javascript:alert(1)")]
    public void Evidence_is_an_absolute_web_address(string url)
    {
        var refused = Assert.Throws<DomainException>(() => Report(ProgressLevel.Limited, new EvidenceLink(url, null)));

        Assert.Equal("Domain.Progress.EvidenceInvalid", refused.Code);
    }

    [Fact]
    public void A_level_outside_the_IRM_scale_a_future_date_and_an_unknown_language_are_refused()
    {
        var (plan, commitment) = Plan();
        plan.Publish(Now);

        Assert.Equal(
            "Domain.Progress.LevelUnknown",
            Assert.Throws<DomainException>(() => new ProgressReport(new DateOnly(2018, 1, 1), (ProgressLevel)9, "Done", "es", [])).Code
        );
        Assert.Equal(
            "Domain.Progress.LanguageUnknown",
            Assert
                .Throws<DomainException>(() => new ProgressReport(new DateOnly(2018, 1, 1), ProgressLevel.Limited, "Done", "xx-zz", []))
                .Code
        );
        var future = new ProgressReport(new DateOnly(2019, 1, 1), ProgressLevel.Limited, "Done", "es", []);
        Assert.Equal(
            "Domain.Progress.DateInFuture",
            Assert.Throws<DomainException>(() => plan.RecordProgress(commitment, null, future, Official, Now)).Code
        );
    }

    [Fact]
    public void Each_completion_level_starts_the_progress_form_at_its_own_level_and_each_level_but_no_evidence_sets_it_back()
    {
        Assert.Equal(
            [
                (CompletionLevel.NotStarted, ProgressLevel.NotStarted),
                (CompletionLevel.Limited, ProgressLevel.Limited),
                (CompletionLevel.Substantial, ProgressLevel.Substantial),
                (CompletionLevel.Complete, ProgressLevel.Complete),
            ],
            Enum.GetValues<CompletionLevel>().Select(c => (c, c.ToProgress()))
        );
        Assert.Equal(
            [
                (ProgressLevel.NotStarted, CompletionLevel.NotStarted),
                (ProgressLevel.Limited, CompletionLevel.Limited),
                (ProgressLevel.Substantial, CompletionLevel.Substantial),
                (ProgressLevel.Complete, CompletionLevel.Complete),
                (ProgressLevel.NoEvidence, (CompletionLevel?)null),
            ],
            Enum.GetValues<ProgressLevel>().Select(l => (l, l.ToCompletion()))
        );
    }

    [Fact]
    public void A_milestone_is_late_when_its_end_has_passed_and_it_is_not_complete()
    {
        var today = new DateOnly(2018, 7, 1);

        Assert.True(Milestone.IsLate(new DateOnly(2018, 6, 30), null, today));
        Assert.True(Milestone.IsLate(new DateOnly(2018, 6, 30), ProgressLevel.Substantial, today));
        Assert.False(Milestone.IsLate(new DateOnly(2018, 6, 30), ProgressLevel.Complete, today));
        Assert.False(Milestone.IsLate(new DateOnly(2018, 7, 1), null, today));
    }

    [Fact]
    public void The_IRM_assessment_takes_only_its_scales_values_and_a_web_address()
    {
        var assessment = new IrmAssessment(
            true,
            ["public-accountability", "access-to-information", "access-to-information"],
            PotentialImpact.Transformative,
            OpenedGovernment.Major,
            "https://www.opengovpartnership.org/documents/argentina-irm"
        );

        Assert.Equal(["access-to-information", "public-accountability"], assessment.RelevantValues);
        Assert.Equal(
            "Domain.Plan.OgpValueUnknown",
            Assert.Throws<DomainException>(() => new IrmAssessment(true, ["magic"], PotentialImpact.None, null, null)).Code
        );
        Assert.Equal(
            "Domain.Irm.ValueUnknown",
            Assert.Throws<DomainException>(() => new IrmAssessment(true, [], (PotentialImpact)7, null, null)).Code
        );
        Assert.Equal(
            "Domain.Irm.ValueUnknown",
            Assert.Throws<DomainException>(() => new IrmAssessment(true, [], PotentialImpact.Minor, (OpenedGovernment)9, null)).Code
        );
        Assert.Equal(
            "Domain.Irm.ReportUrlInvalid",
            Assert.Throws<DomainException>(() => new IrmAssessment(true, [], PotentialImpact.Minor, null, "report.pdf")).Code
        );
    }
}
